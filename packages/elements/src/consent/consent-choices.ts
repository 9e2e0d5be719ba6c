import { adoptCss, cssText } from '../shared/adopt-css.js'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { CoproduceClient } from '../shared/client.js'
import type { CpErrorDetail } from '../shared/events.js'
import type { Translate } from '../shared/i18n.js'
import type { ConsentPurpose, ConsentReceipt, ConsentStatus, MemberConsents } from '../shared/types.js'

/**
 * What `<cp-consent>` runs when the person acts: record a yes, a no or a taking back, and print or download the
 * receipt. Not in the widget's first download: it loads when the person first moves into the widget (so it is
 * here if the connection drops before they choose), or on their first press.
 *
 * Once it is here the widget makes one `Choices` controller, which keeps what is being saved, what to announce and
 * the receipt as its own state, and tells the widget what happened through the `ChoicesTools` it was given. It
 * imports nothing from Lit at run time, nor anything the widget imports, so the widget's own code stays in one file.
 */

/** The receipt's styles: on screen it is hidden (the page shows the choices); printed, it is all there is. */
const receiptCss = cssText`
  .receipt-text {
    display: none;
    white-space: pre-wrap;
    font-family: inherit;
  }
  @media print {
    .receipt-text {
      display: block;
    }
    .purposes,
    .intro {
      display: none;
    }
  }
`

/**
 * The English words of earlier answers: the receipt here and the history in `consent-more.ts` show them (that part
 * imports this module, so each adds them to the widget's catalogue when it loads).
 */
export const historyWords = {
  historyHeading: 'Your answers so far',
  historyGiven: 'You said yes on {date}.',
  historyRefused: 'You said no on {date}.',
  historyWithdrawn: 'You took it back on {date}.',
  historyExpired: 'It ran out on {date}.',
  byStaff: '(A member of staff wrote this down for you.)',
} satisfies Record<(typeof HISTORY)[keyof typeof HISTORY] | 'historyHeading' | 'byStaff', string>

/** This part's English words (added to the widget's catalogue when it loads; Welsh and Urdu are in theirs). */
export const words = {
  ...historyWords,
  saving: 'Saving…',
  announceGiven: 'Saved. You said yes to: {purpose}',
  announceRefused: 'Saved. You said no to: {purpose}',
  announceWithdrawn: 'Saved. You took back your yes to: {purpose}',
  errorSave: 'We could not save your answer. Try again in a few minutes.',
  receiptFileName: 'my-choices.txt',
  receiptFor: 'A record of the choices of {name}, made on {date}.',
  receiptYou: 'you',
  receiptNow: 'Now: {status}',
}
/** The words this part speaks: its own, and those it shares with the widget's catalogue. */
type Words = Record<keyof typeof words | BaseKey, string>
type BaseKey = 'errorForbidden' | 'errorLoad' | 'errorOffline' | 'receiptHeading' | (typeof STATUS)[keyof typeof STATUS]

/** The message for each status now, by name (in the widget's catalogue): one missing is a type error. */
export const STATUS = {
  none: 'statusNone',
  given: 'statusGiven',
  refused: 'statusRefused',
  withdrawn: 'statusWithdrawn',
  expired: 'statusExpired',
} as const satisfies Record<ConsentStatus | 'none', `status${string}`>

/** The message for each earlier answer, by name (in the widget's catalogue). */
export const HISTORY = {
  given: 'historyGiven',
  refused: 'historyRefused',
  withdrawn: 'historyWithdrawn',
  expired: 'historyExpired',
} as const satisfies Record<ConsentStatus, `history${string}`>

/** The words a person is shown for a purpose, as they are recorded with their answer. */
export const purposeText = (p: ConsentPurpose): string => [p.title, p.description, p.audience, p.retention.description].join('\n')

/** In staff mode: how the person gave their answer and the words read out to them (as staff may have changed them). */
function staffAnswer(root: ShadowRoot | null, i: number): { method: 'paper' | 'verbal'; noticeText: string } | undefined {
  const method = root?.querySelector<HTMLInputElement>('input[name=method]:checked')?.value
  const text = root?.querySelector<HTMLTextAreaElement>(`#words-${i}`)?.value.trim()
  return method && text ? { method: method as 'paper' | 'verbal', noticeText: text } : undefined
}

export type Decision = 'give' | 'refuse' | 'withdraw'

/** What the controller needs of its widget: to be a Lit host in the page, whose choices these are, and how. */
type Host = ReactiveControllerHost & HTMLElement & { member: string | undefined; mode: string | undefined }

/** What the widget hands the controller when it makes it: how to tell the widget what happened. */
export interface ChoicesTools {
  /** Tell the page something went wrong (the widget's `cp-error`), and what it was. */
  fail(error: unknown): CpErrorDetail
  /** Say what went wrong at the top of the widget, and move focus there ('' when nothing did). */
  problem(message: string): Promise<void> | void
  /** The person's choices as the widget shows them. */
  data(): MemberConsents | undefined
  /** Show the person's choices as they are now (with a decision just recorded). */
  show(data: MemberConsents): void
  /** The person's details were removed (on this date): there is nothing left to choose. */
  erased(at: string): void
  /** A date in words, in the widget's language. */
  date(iso: string): string
}

const ANNOUNCE: Record<Decision, 'announceGiven' | 'announceRefused' | 'announceWithdrawn'> = {
  give: 'announceGiven',
  refuse: 'announceRefused',
  withdraw: 'announceWithdrawn',
}

/** Recording a person's choices and keeping their receipt: what is being saved, what to announce, the receipt. */
export class Choices implements ReactiveController {
  /** The purpose whose answer is being saved (its buttons do nothing meanwhile). */
  busy: string | undefined
  /** What screen readers are told: saving, then saved (or nothing). */
  announcement = ''
  /** The receipt's text, once fetched (for printing or downloading). */
  receipt = ''

  constructor(
    private readonly host: Host,
    private readonly tools: ChoicesTools,
  ) {
    host.addController(this)
  }

  /** The widget left the page: a receipt shown stays, but "saved" is not said again when it comes back. */
  hostDisconnected(): void {
    this.announcement = ''
  }

  #set(changes: Partial<Pick<Choices, 'busy' | 'announcement' | 'receipt'>>): void {
    Object.assign(this, changes)
    this.host.requestUpdate()
  }

  /** Record a decision, show it (and announce it), and keep focus on the purpose's buttons. */
  async decide(api: CoproduceClient, purpose: ConsentPurpose, index: number, decision: Decision, t: Translate<Words>): Promise<void> {
    const { host, tools } = this
    const member = host.member
    if (!member || this.busy === purpose.id) return
    this.#set({ busy: purpose.id, announcement: t('saving') })
    try {
      // The words the person saw (or staff read out to them) are recorded with their decision, and how it was given.
      const staff = host.mode === 'staff' ? staffAnswer(host.shadowRoot, index) : undefined
      const record = await api.decideConsent(member, { purposeId: purpose.id, decision, noticeText: purposeText(purpose), ...staff })
      const data = tools.data()
      if (data) {
        const current = data.current.filter((c) => c.purposeId !== record.purposeId)
        current.push({ purposeId: record.purposeId, status: record.status, record })
        tools.show({ ...data, current, history: [...data.history, record] })
      }
      this.#set({ busy: undefined, announcement: t(ANNOUNCE[decision], { purpose: purpose.title }) })
      void tools.problem('')
      host.dispatchEvent(new CustomEvent('cp-consent-change', { detail: record, bubbles: true, composed: true, cancelable: true }))
      this.#set({ receipt: '' })
      await host.updateComplete
      // Keep focus on the purpose's buttons: the one pressed may have been replaced.
      host.shadowRoot?.querySelector<HTMLElement>(`#${decision === 'withdraw' ? 'refuse' : decision}-${index}`)?.focus()
    } catch (error) {
      const { code, status } = tools.fail(error)
      this.#set({ announcement: '' })
      if (code === 'erased') return tools.erased(String((error as { problem?: { erasedAt?: unknown } }).problem?.erasedAt ?? ''))
      const detail = (error as { detail?: unknown }).detail
      await tools.problem(
        code === 'offline'
          ? t('errorOffline')
          : code === 'forbidden' || code === 'unauthorized'
            ? t('errorForbidden')
            : status === 422 && typeof detail === 'string' && detail
              ? detail
              : t('errorSave'),
      )
    } finally {
      if (this.busy === purpose.id) this.#set({ busy: undefined })
    }
  }

  /**
   * Print the receipt (the print style sheet shows just the receipt) or download it as a text file. It is fetched
   * fresh first, and shows in the page too.
   */
  async keepReceipt(api: CoproduceClient, how: 'print' | 'download', t: Translate<Words>): Promise<void> {
    const { host, tools } = this
    const member = host.member
    if (!member) return
    let text: string
    try {
      text = receiptText(await api.getReceipt(member), tools.data()?.purposes ?? [], t, tools.date)
    } catch (error) {
      const { code } = tools.fail(error)
      return tools.problem(code === 'offline' ? t('errorOffline') : t('errorLoad'))
    }
    adoptCss(host.shadowRoot, receiptCss)
    this.#set({ receipt: text })
    await host.updateComplete
    if (how === 'print') return window.print()
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = t('receiptFileName')
    a.hidden = true
    host.shadowRoot?.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}

/**
 * The receipt, written for the person: their name (or "you"), dates in words in the widget's language, and each
 * choice in plain words, now and before (with a note where staff wrote it down for them).
 */
export function receiptText(
  receipt: ConsentReceipt & { displayName?: string },
  purposes: ConsentPurpose[],
  t: Translate<Words>,
  date: (iso: string) => string,
): string {
  const lines = [t('receiptHeading'), t('receiptFor', { name: receipt.displayName || t('receiptYou'), date: date(receipt.issuedAt) })]
  for (const purpose of purposes) {
    const status: ConsentStatus | 'none' = receipt.current.find((c) => c.purposeId === purpose.id)?.status ?? 'none'
    lines.push('', purpose.title, t('receiptNow', { status: t(STATUS[status]) }))
    for (const r of receipt.history.filter((h) => h.purposeId === purpose.id))
      lines.push(
        `- ${t(HISTORY[r.status], { date: date(r.at) })}${r.method !== 'widget' && r.recordedBy !== r.subject ? ` ${t('byStaff')}` : ''}`,
      )
  }
  return lines.join('\n')
}
