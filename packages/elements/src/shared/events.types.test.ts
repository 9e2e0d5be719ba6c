import { describe, expectTypeOf, it } from 'vitest'
import type { CpAgreement } from '../agreement/index.js'
import type { CpConsent } from '../consent/index.js'
import type { CpDecision, QueuedDecisionItem } from '../decision/index.js'
import type { CpFeedback } from '../feedback/index.js'
import type { CpMyInvolvement } from '../my-involvement/index.js'
import type { CpPrinciplesReport } from '../principles-report/index.js'
import type { CpUpdates } from '../updates/index.js'
import type { CpErrorDetail, CpQueuedDetail } from './events.js'
import type {
  AgreementResponseResult,
  AgreementSummary,
  ConsentPurpose,
  ConsentRecord,
  Feedback,
  Involvement,
  MemberConsents,
  PublicDecision,
  PublicUpdate,
  Report,
} from './types.js'

/**
 * The widgets' events are typed (checked by `tsc`, `pnpm typecheck`): on any element through `HTMLElementEventMap`,
 * and on each widget with its own `detail` (`cp-load` differs from widget to widget). The listeners are never
 * called: this file holds when it type-checks.
 */
describe('typed events', () => {
  it('types each event’s detail on any element', () => {
    const listen = (el: HTMLElement) => {
      el.addEventListener('cp-submit', (event) => expectTypeOf(event.detail).toEqualTypeOf<Feedback>())
      el.addEventListener('cp-consent-change', (event) => expectTypeOf(event.detail).toEqualTypeOf<ConsentRecord>())
      el.addEventListener('cp-error', (event) => expectTypeOf(event.detail).toEqualTypeOf<CpErrorDetail>())
    }
    expectTypeOf(listen).toBeFunction()
  })

  it('types each widget’s own events on the widget, and leaves every other event as it was', () => {
    const listen = (w: {
      feedback: CpFeedback
      consent: CpConsent
      updates: CpUpdates
      report: CpPrinciplesReport
      decision: CpDecision
      agreement: CpAgreement
      involvement: CpMyInvolvement
    }) => {
      w.feedback.addEventListener('cp-load', (event) => expectTypeOf(event.detail).toEqualTypeOf<ConsentPurpose[]>())
      w.feedback.addEventListener('cp-queued', (event) => expectTypeOf(event.detail).toEqualTypeOf<CpQueuedDetail>())
      w.consent.addEventListener('cp-load', (event) => expectTypeOf(event.detail).toEqualTypeOf<MemberConsents>())
      w.updates.addEventListener('cp-load', (event) => expectTypeOf(event.detail.updates).toEqualTypeOf<PublicUpdate[]>())
      w.report.addEventListener('cp-load', (event) => expectTypeOf(event.detail.report).toEqualTypeOf<Report>())
      w.decision.addEventListener('cp-submit', (event) => expectTypeOf(event.detail).toEqualTypeOf<PublicDecision>())
      w.decision.addEventListener('cp-queued', (event) => expectTypeOf(event.detail).toEqualTypeOf<QueuedDecisionItem>())
      w.agreement.addEventListener('cp-load', (event) => expectTypeOf(event.detail).toEqualTypeOf<AgreementSummary>())
      w.agreement.addEventListener('cp-submit', (event) => expectTypeOf(event.detail).toEqualTypeOf<AgreementResponseResult>())
      w.involvement.addEventListener('cp-load', (event) => expectTypeOf(event.detail).toEqualTypeOf<Involvement>())
      w.updates.addEventListener('keydown', (event) => expectTypeOf(event).toEqualTypeOf<KeyboardEvent>())
      w.updates.addEventListener('anything-else', (event) => expectTypeOf(event).toEqualTypeOf<Event>())
      const onError = (event: CustomEvent<CpErrorDetail>) => event.detail.code
      w.report.addEventListener('cp-error', onError)
      w.report.removeEventListener('cp-error', onError)
    }
    expectTypeOf(listen).toBeFunction()
  })
})
