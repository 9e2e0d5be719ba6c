import type { Template } from '../types.js'

/** ur actions. */
export const actions: Record<string, Template> = {}
