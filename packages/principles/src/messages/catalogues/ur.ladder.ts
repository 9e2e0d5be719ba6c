import type { Template } from '../types.js'

/** ur ladder. */
export const ladder: Record<string, Template> = {}
