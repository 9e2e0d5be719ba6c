import type { Template } from '../types.js'

/** cy common. */
export const common: Record<string, Template> = {}
