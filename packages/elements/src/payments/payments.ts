import { html, nothing, unsafeCSS, type PropertyValues } from 'lit'
import { isClientError, membersCall, payCall, paymentsCall, sessionsCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { errorCss, errorId, errorSummary, focusErrorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { LOCALES } from '../shared/i18n.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { Member, Payment, PaymentRecord, Session } from '../shared/types.js'
import { leastPay, paymentsCsv } from './payments-csv.js'
import { paymentsMessages, type PaymentsMessages } from './payments.messages.js'
import { staffFormStyles } from '../shared/staff-form.styles.js'
import { tableStyles } from './payments.styles.js'

type Phase = 'loading' | 'ready' | 'error' | 'offline'
interface Draft {
  member: string
  session: string
  hours: string
  amount: string
  method: 'cash' | 'voucher'
  reason: string
}
const empty = (): Draft => ({ member: '', session: '', hours: '', amount: '', method: 'cash', reason: '' })
const NUMBER = /^\s*\d+(\.\d+)?\s*$/

/**
 * `<cp-payments>` (staff): record what people are paid for their time, per person and session. As staff type, the
 * hours and the amount are checked against the living wage (`living-wage`, an hourly rate in `currency`); an empty
 * amount pays exactly the living wage. A voucher needs a reason, and the widget prompts staff to offer benefits
 * advice. It shows the totals per person and downloads every payment as CSV for finance. Every problem is shown at
 * once, in a summary above the form.
 *
 * @tag cp-payments
 * @attr {number} living-wage - The living wage per hour, in `currency`. Default 13.45 (the UK real living wage outside London).
 * @fires {CustomEvent<Payment[]>} cp-load - The payments were loaded.
 * @fires {CustomEvent<Payment>} cp-submit - A payment was recorded. `detail` is the `Payment`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart totals - The totals per person.
 * @csspart form - The form to record a payment.
 * @csspart wage - The living wage check as staff type.
 * @csspart benefits - The prompt to offer benefits advice.
 * @csspart export - The CSV download button.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading or error message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 */
export class CpPayments extends CpElement<PaymentsMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), staffFormStyles, tableStyles]
  static override properties = {
    livingWage: { type: Number, attribute: 'living-wage' },
    currency: { type: String },
    _phase: { state: true },
    _payments: { state: true },
    _members: { state: true },
    _sessions: { state: true },
    _draft: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
  }

  /** The living wage per hour, in `currency`. Default 13.45 (the UK real living wage outside London). */
  declare livingWage: number
  /** ISO 4217 code. Default `GBP`. */
  declare currency: string
  declare _phase: Phase
  declare _payments: Payment[]
  declare _members: Member[]
  declare _sessions: Session[]
  declare _draft: Draft
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  declare _done: string
  #ticket = 0

  protected readonly catalogue = paymentsMessages
  protected httpCalls(http: HttpCall) {
    return {
      listPayments: paymentsCall(http),
      listMembers: membersCall(http),
      listSessions: sessionsCall(http),
      recordPayment: payCall(http),
    }
  }

  constructor() {
    super()
    this.livingWage = 13.45
    this.currency = 'GBP'
    this._phase = 'loading'
    this._payments = []
    this._members = []
    this._sessions = []
    this._draft = empty()
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = ''
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (['initiative', 'endpoint', 'client'].some((key) => changed.has(key as keyof CpPayments))) void this.reload()
  }

  /** Fetch the payments, members and sessions again (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    const id = this.initiative
    if (!api?.listPayments || !api.listMembers || !api.listSessions || !id) return
    const ticket = ++this.#ticket
    this._phase = 'loading'
    try {
      const [payments, members, sessions] = await Promise.all([api.listPayments(id), api.listMembers(id), api.listSessions(id)])
      if (ticket !== this.#ticket) return
      Object.assign(this, { _payments: payments, _members: members, _sessions: sessions, _phase: 'ready' })
      emit(this, 'cp-load', payments)
    } catch (error) {
      if (ticket === this.#ticket) this._phase = this.reportError(error).code === 'offline' ? 'offline' : 'error'
    }
  }

  _money(amount: number): string {
    return new Intl.NumberFormat(LOCALES[this.language], { style: 'currency', currency: this.currency }).format(amount)
  }

  /** Every problem with the payment, in the order of the form; the amount to pay when there is none. */
  _check(d: Draft): { items: ErrorItem[]; amount: number } {
    const t = this.t
    const items: ErrorItem[] = []
    const hours = Number(d.hours)
    const hoursOk = NUMBER.test(d.hours) && hours > 0 && hours <= 1000
    const least = hoursOk ? leastPay(hours, this.livingWage) : 0
    const amount = d.amount.trim() ? Number(d.amount) : least
    if (!this._members.some((m) => m.id === d.member)) items.push({ id: 'member', message: t('needMember') })
    if (!hoursOk) items.push({ id: 'hours', message: t('needHours') })
    if (d.amount.trim() && !NUMBER.test(d.amount)) items.push({ id: 'amount', message: t('needAmount') })
    else if (hoursOk && amount < least) items.push({ id: 'amount', message: t('below', { hours, amount: this._money(least) }) })
    if (d.method === 'voucher' && !d.reason.trim()) items.push({ id: 'reason', message: t('needReason') })
    return { items, amount }
  }

  async _pay(event: Event): Promise<void> {
    event.preventDefault()
    const api = this.api
    const d = this._draft
    const { items, amount } = this._check(d)
    this._done = ''
    if (items.length || !api?.recordPayment || !this.initiative) return this._show(items)
    const input: PaymentRecord = {
      memberId: d.member,
      ...(d.session ? { sessionId: d.session } : {}),
      hours: Number(d.hours),
      amount,
      currency: this.currency,
      method: d.method,
      ...(d.method === 'voucher' ? { voucherReason: d.reason.trim() } : {}),
    }
    this._busy = true
    try {
      const payment = await api.recordPayment(this.initiative, input)
      this._payments = [...this._payments, payment]
      this._draft = empty()
      this._show([])
      this._done = this.t('saved', { amount: this._money(payment.amount), name: this._name(payment.memberId) })
      emit(this, 'cp-submit', payment)
    } catch (error) {
      this.reportError(error)
      const ids: Record<string, string> = {
        memberId: 'member',
        sessionId: 'session',
        hours: 'hours',
        amount: 'amount',
        voucherReason: 'reason',
      }
      this._show(
        isClientError(error) && error.errors.length
          ? error.errors.map((e) => ({ id: ids[String(e.path[0])] ?? 'member', message: e.message }))
          : [{ id: 'save', message: this.t('couldNotSave', { detail: isClientError(error) ? error.detail : String(error) }) }],
      )
    } finally {
      this._busy = false
    }
  }

  _show(items: ErrorItem[]): void {
    this._summary = items
    this._errors = Object.fromEntries(items.map((i) => [i.id, i.message]))
    if (items.length) void focusErrorSummary(this)
  }

  _set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this._draft = { ...this._draft, [key]: value }
  }

  _name(memberId: string): string {
    return this._members.find((m) => m.id === memberId)?.displayName ?? this.t('formerMember')
  }

  /** Every payment as CSV for finance. */
  csv(): string {
    return paymentsCsv(
      this._payments.map((p) => ({
        ...p,
        memberName: this._name(p.memberId),
        sessionTitle: this._sessions.find((s) => s.id === p.sessionId)?.title ?? '',
      })),
    )
  }

  _download(): void {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `payments-${this.initiative ?? ''}.csv`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  override render() {
    const t = this.t
    const state =
      this._phase === 'ready'
        ? nothing
        : html`<div class="state" part="state" role=${this._phase === 'loading' ? 'status' : 'alert'}>
      <p>${t(this._phase)}</p>
      ${this._phase === 'loading' ? nothing : html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${t('retry')}</button>`}
    </div>`
    return html`<section part="root" lang=${this.language} dir=${this.direction} aria-labelledby="cp-payments-heading">
      <h2 id="cp-payments-heading">${t('heading')}</h2>
      ${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      <p role="status">${this._done}</p>
      ${state}
      ${this._phase === 'ready' ? html`<p>${t('intro', { rate: this._money(this.livingWage) })}</p>${this._totals()}${this._form()}` : nothing}
    </section>`
  }

  _totals() {
    const t = this.t
    if (!this._payments.length) return html`<p>${t('none')}</p>`
    const per = new Map<string, { count: number; total: number }>()
    for (const p of this._payments) {
      const row = per.get(p.memberId) ?? { count: 0, total: 0 }
      per.set(p.memberId, { count: row.count + 1, total: Math.round((row.total + p.amount) * 100) / 100 })
    }
    return html`<table part="totals">
        <caption>${t('totals')}</caption>
        <thead><tr><th scope="col">${t('person')}</th><th scope="col">${t('payments')}</th><th scope="col">${t('total')}</th></tr></thead>
        <tbody>
          ${[...per].map(([id, row]) => html`<tr><th scope="row">${this._name(id)}</th><td>${row.count}</td><td>${this._money(row.total)}</td></tr>`)}
        </tbody>
      </table>
      <p><button type="button" part="export" class="button button--secondary" @click=${() => this._download()}>${t('export')}</button></p>`
  }

  _field(id: string, label: string, control: unknown, after?: unknown) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${inlineError(id, this._errors[id], this.t('errorPrefix'))} ${control} ${after ?? nothing}
    </div>`
  }

  _form() {
    const t = this.t
    const d = this._draft
    const aria = (id: string) => ({
      describedby: this._errors[id] ? errorId(id) : undefined,
      invalid: this._errors[id] ? ('true' as const) : ('false' as const),
    })
    const input = (
      id: 'hours' | 'amount' | 'reason',
      key: keyof Draft,
    ) => html`<input id=${id} type="text" inputmode="decimal" autocomplete="off"
      aria-describedby=${aria(id).describedby ?? nothing} aria-invalid=${aria(id).invalid}
      .value=${d[key]} @input=${(e: Event) => this._set(key, (e.target as HTMLInputElement).value as never)} />`
    const select = (id: 'member' | 'session', first: string, options: { id: string; label: string }[]) => html`<select id=${id}
      aria-describedby=${aria(id).describedby ?? nothing} aria-invalid=${aria(id).invalid}
      @change=${(e: Event) => this._set(id, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!d[id]}>${first}</option>
      ${options.map((o) => html`<option value=${o.id} ?selected=${d[id] === o.id}>${o.label}</option>`)}
    </select>`
    // Checked as staff type: the pay for these hours at the living wage, and whether the amount reaches it.
    const hours = Number(d.hours)
    const hoursOk = NUMBER.test(d.hours) && hours > 0 && hours <= 1000
    const least = hoursOk ? leastPay(hours, this.livingWage) : 0
    const low = hoursOk && NUMBER.test(d.amount) && Number(d.amount) < least
    const wage = hoursOk
      ? html`<p part="wage" class=${low ? 'warning' : ''}>${low ? t('below', { hours, amount: this._money(least) }) : t('atWage', { hours, rate: this._money(this.livingWage), amount: this._money(least) })}</p>`
      : nothing
    return html`<form part="form" novalidate @submit=${(e: Event) => void this._pay(e)}>
      <h3>${t('record')}</h3>
      ${this._field(
        'member',
        t('member'),
        select(
          'member',
          t('chooseMember'),
          this._members.filter((m) => !m.leftAt).map((m) => ({ id: m.id, label: m.displayName })),
        ),
      )}
      ${this._field(
        'session',
        t('session'),
        select(
          'session',
          t('noSession'),
          this._sessions.map((s) => ({ id: s.id, label: `${s.title ?? s.venue?.name ?? ''} ${s.startsAt.slice(0, 10)}` })),
        ),
      )}
      ${this._field('hours', t('hours'), input('hours', 'hours'))}
      ${this._field('amount', t('amount'), input('amount', 'amount'), html`<div aria-live="polite">${wage}</div>`)}
      <fieldset class="field">
        <legend>${t('method')}</legend>
        ${(['cash', 'voucher'] as const).map(
          (m) => html`<div class="choice">
            <input type="radio" name="method" id="method-${m}" .checked=${d.method === m} @change=${() => this._set('method', m)} />
            <label for="method-${m}">${t(m)}</label>
          </div>`,
        )}
      </fieldset>
      ${
        d.method === 'voucher'
          ? this._field(
              'reason',
              t('voucherReason'),
              html`<textarea id="reason" rows="3" aria-describedby=${aria('reason').describedby ?? 'reason-hint'} aria-invalid=${aria('reason').invalid}
              .value=${d.reason} @input=${(e: Event) => this._set('reason', (e.target as HTMLTextAreaElement).value)}></textarea>`,
              html`<p class="hint" id="reason-hint">${t('voucherHint')}</p>`,
            )
          : nothing
      }
      <p class="warning" part="benefits">${t('benefits')}</p>
      <button id="save" class="button" ?disabled=${this._busy}>${t('save')}</button>
    </form>`
  }
}
