import { evaluate, type Report } from '@coproduce/principles'
import type { ReportBuilder } from './options.js'

/** `evaluate` from `@coproduce/principles`, with the rules of the coproduction's plugins. */
export const defaultReport: ReportBuilder<Report> = (snapshot, { preset, plugins }) => evaluate(snapshot, { preset, plugins })
