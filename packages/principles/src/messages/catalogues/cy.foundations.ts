import type { Template } from '../types.js'

/** cy foundations. */
export const foundations: Record<string, Template> = {}
