import type { Template } from '../types.js'

/** ur readiness. */
export const readiness: Record<string, Template> = {}
