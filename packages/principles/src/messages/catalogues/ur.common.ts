import type { Template } from '../types.js'

/** ur common. */
export const common: Record<string, Template> = {}
