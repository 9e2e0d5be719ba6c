import type { Template } from '../types.js'

/** cy readiness. */
export const readiness: Record<string, Template> = {}
