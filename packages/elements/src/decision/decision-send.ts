import type { CoproduceClient } from '../shared/client.js'
import { adoptCss } from '../shared/adopt-css.js'
import { errorCss, focusErrorSummary, type ErrorItem } from '../shared/error-summary.js'
import { enqueue, flush, type QueuedItem } from '../shared/offline-queue.js'
import type { DecisionOptionInput, DecisionViewInput, PublicDecision } from '../shared/types.js'

/**
 * What `<cp-decision>` needs only once someone acts: sending a view or a new choice (once, with its
 * Idempotency-Key), saving it on this device when offline and sending it when the connection returns (the same
 * offline queue as `<cp-feedback>`), and the error summary. It loads when someone first moves into the form, or
 * when this device holds something saved earlier.
 */
export { errorSummary, inlineError } from '../shared/error-summary.js'

export const adoptStyles = (root: ShadowRoot | null) =>
  adoptCss(root, `${errorCss}.queued{border-inline-start-color:var(--cp-color-warning,#8a5a00)}`)

/** This part's English words (Welsh and Urdu have them in their own files). */
export const words = {
  errorTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorNotSetUp: 'This is not set up yet, so it cannot send. Please tell the person who gave you this link.',
  errorServer: 'Something went wrong on our side. Your words are not lost. Try again in a few minutes.',
  errorForbidden: 'You cannot give a view here. Ask the person who gave you this link.',
  errorClosed: 'This has been decided already, so it cannot take new views.',
  thanks: 'Thank you. Your view is saved.',
  thanksOption: 'Thank you. Your choice has been added.',
  queued: "Saved. We'll send it when you're back online.",
}

/** A view or a new choice saved on this device to send later (`kind` keeps it apart from feedback). */
export interface QueuedDecisionItem extends QueuedItem {
  kind: 'decision-view' | 'decision-option'
  memberId: string
  decisionId: string
  input: DecisionViewInput | DecisionOptionInput
}

/** The widget's state this part reads and sets (internal: `_` names are shortened in the published build). */
export interface SendingHost extends HTMLElement {
  updateComplete: Promise<unknown>
  _data: PublicDecision | undefined
  _errors: Partial<Record<string, string>>
  _summary: ErrorItem[]
  _busy: boolean
  _done: string
  _keys: Partial<Record<QueuedDecisionItem['kind'], string>>
  _target: string
  _fail(error: unknown): void
  _sent(decision: PublicDecision, kind: QueuedDecisionItem['kind']): void
  _queued(item: QueuedDecisionItem): void
}

type T = (key: keyof typeof words | 'errorOffline') => string

const offline = (error: unknown) => (error as { name?: unknown } | null)?.name === 'OfflineError'
const mustWait = (error: unknown) => {
  const status = (error as { status?: number } | null)?.status ?? 0
  return offline(error) || status === 408 || status === 429 || status >= 500
}
const call = (api: CoproduceClient, item: QueuedDecisionItem) =>
  item.kind === 'decision-view'
    ? api.giveView!(item.memberId, item.decisionId, item.input as DecisionViewInput, item.idempotencyKey)
    : api.proposeOption!(item.memberId, item.decisionId, item.input as DecisionOptionInput, item.idempotencyKey)

/** Show problems: the summary at the top (focused, so screen readers read it) and each by its field. */
export function showErrors(host: SendingHost, items: ErrorItem[]): void {
  const byField: Record<string, string> = {}
  for (const item of items) byField[item.id.replace(/-0$/, '')] ??= item.message
  host._errors = byField
  host._summary = items
  void focusErrorSummary(host)
}

/** Send a view or a choice once (the same key however often it is tried); offline, save it to send later. */
export async function send(
  host: SendingHost,
  api: CoproduceClient,
  kind: QueuedDecisionItem['kind'],
  memberId: string,
  input: QueuedDecisionItem['input'],
  t: T,
): Promise<void> {
  const key = (host._keys[kind] ??= crypto.randomUUID())
  const item: QueuedDecisionItem = {
    kind,
    idempotencyKey: key,
    target: host._target,
    queuedAt: new Date().toISOString(),
    memberId,
    decisionId: host._data!.id,
    input,
  }
  host._busy = true
  try {
    host._sent(await call(api, item), kind)
    host._keys[kind] = undefined
  } catch (error) {
    host._fail(error)
    if (offline(error)) {
      try {
        await enqueue(item)
        host._keys[kind] = undefined
        host._queued(item)
        return
      } catch (stored) {
        host._fail(stored) // this browser will not store it: the words stay in the form
      }
    }
    showErrors(host, problems(error, kind === 'decision-view' ? 'option-0' : 'propose', t))
  } finally {
    host._busy = false
  }
}

/** Send what this page saved while offline for this widget's endpoint (views and choices, oldest first). */
export async function sendQueued(host: SendingHost, api: CoproduceClient): Promise<void> {
  for (const kind of ['decision-option', 'decision-view'] as const) {
    const result = await flush<QueuedDecisionItem, PublicDecision>(host._target, (item) => call(api, item), mustWait, kind)
    for (const { item, feedback } of result.sent) if (item.decisionId === host._data?.id) host._sent(feedback, kind)
    for (const { error } of result.rejected) host._fail(error)
  }
}

interface ProblemLike {
  name?: unknown
  status?: number
  errors?: { path: (string | number)[]; message: string }[]
}

/** The server's answer as problems to show: its own words for each field (422), else one plain message. */
function problems(error: unknown, field: string, t: T): ErrorItem[] {
  const problem = (error ?? {}) as ProblemLike
  if (offline(error)) return [{ id: field, message: t('errorOffline') }]
  if (problem.name === 'ClientError' && problem.status === 422 && problem.errors?.length)
    return problem.errors.map((e) => ({ id: e.path[0] === 'text' && field === 'option-0' ? 'reason' : field, message: e.message }))
  const status = problem.status
  const message = status === 401 || status === 403 ? t('errorForbidden') : status === 409 ? t('errorClosed') : t('errorServer')
  return [{ id: field, message }]
}
