import type { Template } from '../types.js'

/** cy actions. */
export const actions: Record<string, Template> = {}
