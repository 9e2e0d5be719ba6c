import type { Template } from '../types.js'

/** ur interactions. */
export const interactions: Record<string, Template> = {}
