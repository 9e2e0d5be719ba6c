import { evaluate, type Report } from '@coproduce/principles'
import type { ReportBuilder } from './options.js'

/**
 * `evaluate` from `@coproduce/principles`, with the rules of the coproduction's plugins. The snapshot comes from
 * the store, whose records were parsed when they were written, so it is not parsed a second time (`validated`).
 * Written in the language asked for.
 */
export const defaultReport: ReportBuilder<Report> = (snapshot, { preset, plugins, locale }) =>
  evaluate(snapshot, { preset, plugins, validated: true, locale })
