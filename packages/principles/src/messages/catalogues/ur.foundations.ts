import type { Template } from '../types.js'

/** ur foundations. */
export const foundations: Record<string, Template> = {}
