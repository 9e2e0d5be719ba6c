import type { Template } from '../types.js'

/** cy interactions. */
export const interactions: Record<string, Template> = {}
