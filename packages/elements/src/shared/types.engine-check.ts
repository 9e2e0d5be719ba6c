/**
 * `types.ts` restates the principles engine's `Report` rather than import it, so the widgets do not depend on the
 * engine's package. This file keeps the two the same: `pnpm typecheck` fails when either drifts from the other.
 * (Types only: nothing here is built or shipped.)
 */
import type { Report as EngineReport } from '@coproduce/principles'
import type { Report } from './types.js'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

export const widgetsReadTheEnginesReport: Same<Report, EngineReport> = true
