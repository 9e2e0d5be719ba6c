import type { Template } from '../types.js'

/** cy ladder. */
export const ladder: Record<string, Template> = {}
