import { html, nothing, unsafeCSS } from 'lit'
import {
  decisionRecordsCall,
  initiativeCall,
  isClientError,
  membersCall,
  openDecisionCall,
  outcomeCall,
  revisitCall,
  type HttpCall,
} from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { errorCss, errorId, errorSummary, focusErrorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { formatDate } from '../shared/i18n.js'
import { staffFormStyles } from '../shared/staff-form.styles.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { Decision, DecisionKind, DecisionMethod, Initiative, Member } from '../shared/types.js'
import { decisionsMessages, type DecisionsMessages } from './decisions.messages.js'
import { decisionsStyles } from './decisions.styles.js'

type Phase = 'loading' | 'ready' | 'error' | 'offline'
const KINDS: DecisionKind[] = ['aims', 'ground-rules', 'risk', 'priority', 'other']
const METHODS: DecisionMethod[] = ['consensus', 'vote', 'delegated', 'staff-only']

/** The question as typed. */
interface Ask {
  kind: string
  question: string
  options: string
}
/** The outcome as typed, for the decision `id`. */
interface Outcome {
  id: string
  text: string
  optionId: string
  method: string
  decidedBy: string[]
  useInPlan: boolean
}
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)

/**
 * `<cp-decisions>` (staff): the group's decisions, as recorded: each question with its choices and who brought them,
 * what each person said, and what was decided, how and by whom. Staff ask the group to decide something, write down
 * what the group decided (every problem shown at once), and open a decided question again. An aims or ground-rules
 * outcome can be used in the plan in the same step, so the principles check reads the record behind it.
 * `<cp-decision>` is the widget for the people taking part.
 *
 * @tag cp-decisions
 * @fires {CustomEvent<Decision[]>} cp-load - The decisions were loaded.
 * @fires {CustomEvent<PublicDecision>} cp-submit - A question was asked, an outcome written down, or a question opened again.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart decision - One decision in the list.
 * @csspart ask - The form to ask the group a question.
 * @csspart outcome - The form to write down what was decided.
 * @csspart revisit - The check before opening a question again.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading or error message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 */
export class CpDecisions extends CpElement<DecisionsMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), staffFormStyles, decisionsStyles]
  static override properties = {
    _phase: { state: true },
    _decisions: { state: true },
    _members: { state: true },
    _plan: { state: true },
    _ask: { state: true },
    _outcome: { state: true },
    _again: { state: true },
    _reason: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
  }

  declare _phase: Phase
  declare _decisions: Decision[]
  declare _members: Member[]
  declare _plan: Initiative | undefined
  /** The question being written, while that form is open. */
  declare _ask: Ask | undefined
  /** The outcome being written down, while that form is open. */
  declare _outcome: Outcome | undefined
  /** The decided question staff asked to open again, waiting for them to confirm. */
  declare _again: string
  declare _reason: string
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  declare _done: string

  protected readonly catalogue = decisionsMessages
  protected override _reloadOn = ['initiative', 'endpoint', 'client']
  protected httpCalls(http: HttpCall) {
    return {
      listDecisionRecords: decisionRecordsCall(http),
      listMembers: membersCall(http),
      getInitiative: initiativeCall(http),
      openDecision: openDecisionCall(http),
      recordOutcome: outcomeCall(http),
      revisitDecision: revisitCall(http),
    }
  }

  constructor() {
    super()
    this._phase = 'loading'
    this._decisions = []
    this._members = []
    this._again = ''
    this._reason = ''
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = ''
  }

  /** Fetch the decisions, the members and the plan again (the "Try again" button does this). */
  override async reload(): Promise<void> {
    if (!this.api?.listDecisionRecords || !this.initiative) return
    await this._fetch(
      () => this._get(),
      (data) => this._took(data),
    )
  }

  async _get() {
    const api = this.api!
    const id = this.initiative!
    return Promise.all([api.listDecisionRecords!(id), api.listMembers!(id), api.getInitiative?.(id)])
  }

  _took([decisions, members, plan]: Awaited<ReturnType<CpDecisions['_get']>>): void {
    Object.assign(this, { _decisions: decisions, _members: members, _plan: plan })
    emit(this, 'cp-load', decisions)
  }

  /** After a change: fetch what is stored without showing "Loading", then say what happened and move focus. */
  async _after(result: unknown, done: keyof DecisionsMessages, focus: string): Promise<void> {
    try {
      this._took(await this._get())
    } catch {
      // The change is stored; what could not be fetched is fetched again, with "Try again" if that fails too.
      void this.reload()
    }
    Object.assign(this, { _ask: undefined, _outcome: undefined, _again: '', _reason: '', _done: this.t(done) })
    this._show([])
    emit(this, 'cp-submit', result)
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus()
  }

  /** Send a change; a problem the server finds shows in the summary, on the field it names. */
  async _send(call: () => Promise<{ id: string }>, done: keyof DecisionsMessages, ids: Record<string, string>): Promise<void> {
    this._busy = true
    this._done = ''
    try {
      const result = await call()
      await this._after(result, done, `#q-${CSS.escape(result.id)}`)
    } catch (error) {
      this.reportError(error)
      const first = Object.values(ids)[0]!
      this._show(
        isClientError(error) && error.errors.length
          ? error.errors.map((e) => ({ id: ids[String(e.path[0])] ?? first, message: e.message }))
          : [{ id: first, message: this.t('couldNotSave', { detail: isClientError(error) ? error.detail : String(error) }) }],
      )
    } finally {
      this._busy = false
    }
  }

  _askCheck(a: Ask): ErrorItem[] {
    const t = this.t
    const items: ErrorItem[] = []
    if (!KINDS.includes(a.kind as DecisionKind)) items.push({ id: 'kind-aims', message: t('needKind') })
    if (!a.question.trim()) items.push({ id: 'question', message: t('needQuestion') })
    const options = lines(a.options).map((o) => o.toLocaleLowerCase())
    if (new Set(options).size < options.length) items.push({ id: 'options', message: t('sameChoice') })
    return items
  }

  _sendAsk(event: Event): void {
    event.preventDefault()
    const a = this._ask!
    const items = this._askCheck(a)
    const api = this.api
    if (items.length || !api?.openDecision || !this.initiative) {
      this._show(items)
      return
    }
    const options = lines(a.options).map((text) => ({ text }))
    const id = this.initiative
    void this._send(
      () => api.openDecision!(id, { kind: a.kind as DecisionKind, question: a.question.trim(), ...(options.length ? { options } : {}) }),
      'asked',
      { kind: 'kind-aims', question: 'question', options: 'options' },
    )
  }

  _outcomeCheck(o: Outcome): ErrorItem[] {
    const t = this.t
    const items: ErrorItem[] = []
    if (!o.text.trim()) items.push({ id: 'outcome-text', message: t('needText') })
    if (!METHODS.includes(o.method as DecisionMethod)) items.push({ id: 'method-consensus', message: t('needMethod') })
    if (o.method !== 'staff-only' && !o.decidedBy.length) items.push({ id: this._whoId(), message: t('needWho') })
    return items
  }

  /** Where "Tick who decided" takes staff: the first person to tick, else the ways of deciding. */
  _whoId(): string {
    const first = this._current()[0]
    return first ? `who-${first.id}` : 'method-consensus'
  }

  _current(): Member[] {
    return this._members.filter((m) => !m.leftAt && !m.erasedAt)
  }

  _sendOutcome(event: Event): void {
    event.preventDefault()
    const o = this._outcome!
    const items = this._outcomeCheck(o)
    const api = this.api
    if (items.length || !api?.recordOutcome) {
      this._show(items)
      return
    }
    const decision = this._decisions.find((d) => d.id === o.id)!
    const linkable = decision.kind === 'aims' || decision.kind === 'ground-rules'
    void this._send(
      () =>
        api.recordOutcome!(o.id, {
          text: o.text.trim(),
          method: o.method as DecisionMethod,
          decidedBy: o.decidedBy,
          ...(o.optionId ? { optionId: o.optionId } : {}),
          ...(linkable && o.useInPlan ? { useInPlan: true } : {}),
        }),
      'saved',
      { text: 'outcome-text', method: 'method-consensus', decidedBy: this._whoId(), optionId: 'picked', useInPlan: 'use-plan' },
    )
  }

  _sendAgain(id: string): void {
    const api = this.api
    if (!api?.revisitDecision) return
    const reason = this._reason.trim()
    void this._send(() => api.revisitDecision!(id, reason ? { reason } : {}), 'reopened', { reason: 'reason' })
  }

  _startOutcome(d: Decision): void {
    // People who gave a view or suggested a choice, and are still in the group, are ticked to start with.
    const tookPart = new Set([...d.views.map((v) => v.memberId), ...d.options.flatMap((o) => (o.proposedBy ? [o.proposedBy] : []))])
    this._outcome = {
      id: d.id,
      text: '',
      optionId: '',
      method: '',
      decidedBy: this._current()
        .filter((m) => tookPart.has(m.id))
        .map((m) => m.id),
      useInPlan: true,
    }
    Object.assign(this, { _again: '', _done: '' })
    this._show([])
    void this._focusLater('#outcome-text')
  }

  async _focusLater(selector: string): Promise<void> {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus()
  }

  _show(items: ErrorItem[]): void {
    this._summary = items
    this._errors = Object.fromEntries(items.map((i) => [i.id, i.message]))
    if (items.length) void focusErrorSummary(this)
  }

  _name(id: string): string {
    return this._members.find((m) => m.id === id)?.displayName ?? this.t('staff')
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
    const open = this._decisions.filter((d) => d.status !== 'decided').length
    const newest = [...this._decisions].sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''))
    return html`<section part="root" lang=${this.language} dir=${this.direction} aria-labelledby="cp-decisions-heading">
      <h2 id="cp-decisions-heading">${t('heading')}</h2>
      ${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      <p role="status">${this._done}</p>
      ${state}
      ${
        this._phase === 'ready'
          ? html`<p>${this._decisions.length ? t('count', { count: this._decisions.length, open }) : t('none')}</p>
            ${this._askForm()}
            <ul>${newest.map((d) => this._decision(d))}</ul>`
          : nothing
      }
    </section>`
  }

  _decision(d: Decision) {
    const t = this.t
    const plan = this._plan
    const behind = [
      plan?.aims?.decisionId === d.id ? t('behindAims') : '',
      plan?.agreements?.some((a) => a.decisionId === d.id) ? t('behindRules') : '',
      plan?.riskDecisions?.some((r) => r.decisionId === d.id) ? t('behindRisk') : '',
    ].filter(Boolean)
    const option = (id?: string) => d.options.find((o) => o.id === id)?.text
    const hidden = html`<span class="visually-hidden">: ${d.question}</span>`
    return html`<li part="decision">
      <p class="caption">${t(d.kind)} · ${t(d.status)}${d.openedAt ? ` · ${t('opened', { date: formatDate(d.openedAt, this.language) })}` : ''}</p>
      <h3 id="q-${d.id}" tabindex="-1">${d.question}</h3>
      ${behind.map((words) => html`<p class="hint">${words}</p>`)}
      ${
        d.options.length
          ? html`<h4>${t('choices')}</h4>
            <ul>${d.options.map((o) => html`<li>${o.text}${o.proposedBy ? html` <span class="hint">${t('broughtBy', { name: this._name(o.proposedBy) })}</span>` : nothing}</li>`)}</ul>`
          : nothing
      }
      <h4>${t('said', { count: d.views.length })}</h4>
      ${
        d.views.length
          ? html`<ul>${d.views.map((v) => html`<li><strong>${this._name(v.memberId)}</strong>${v.optionId ? `: ${option(v.optionId) ?? ''}` : ''}${v.text ? ` “${v.text}”` : ''}</li>`)}</ul>`
          : html`<p>${t('nobody')}</p>`
      }
      ${
        d.outcome
          ? html`<p><strong>${t('outcome', {
              date: formatDate(d.outcome.decidedAt, this.language),
              method: t(`by-${d.outcome.method}`),
              names: d.outcome.decidedBy.map((id) => this._name(id)).join(', '),
              text: d.outcome.text,
            })}</strong></p>`
          : nothing
      }
      ${
        this._outcome?.id === d.id
          ? this._outcomeForm(d)
          : this._again === d.id
            ? this._againForm(d)
            : html`<div class="actions">
              ${
                d.status === 'decided'
                  ? html`<button type="button" class="button button--secondary" @click=${() => {
                      Object.assign(this, { _again: d.id, _outcome: undefined, _reason: '', _done: '' })
                      void this._focusLater('#again-title')
                    }}>${t('again')}${hidden}</button>`
                  : html`<button type="button" class="button button--secondary" @click=${() => this._startOutcome(d)}>${t('writeDown')}${hidden}</button>`
              }
            </div>`
      }
    </li>`
  }

  _error(id: string) {
    return inlineError(id, this._errors[id], this.t('errorPrefix'))
  }
  _described(id: string, hint?: string) {
    return [hint, this._errors[id] ? errorId(id) : ''].filter(Boolean).join(' ') || nothing
  }

  _askForm() {
    const t = this.t
    const a = this._ask
    if (!a)
      return html`<p><button type="button" class="button button--secondary" aria-expanded="false" @click=${() => {
        Object.assign(this, { _ask: { kind: '', question: '', options: '' }, _done: '' })
        this._show([])
        void this._focusLater('#kind-aims')
      }}>${t('ask')}</button></p>`
    const set = (key: keyof Ask) => (e: Event) => {
      this._ask = { ...a, [key]: (e.target as HTMLInputElement).value }
    }
    return html`<form part="ask" class="panel" novalidate aria-labelledby="ask-title" @submit=${(e: Event) => this._sendAsk(e)}>
      <h3 id="ask-title">${t('ask')}</h3>
      <p>${t('askIntro')}</p>
      <fieldset class="field" aria-describedby=${this._described('kind-aims')}>
        <legend>${t('kind')}</legend>
        ${this._error('kind-aims')}
        ${KINDS.map(
          (k) => html`<div class="choice">
            <input type="radio" name="kind" id="kind-${k}" .checked=${a.kind === k} @change=${() => (this._ask = { ...a, kind: k })} />
            <label for="kind-${k}">${t(k)}</label>
          </div>`,
        )}
      </fieldset>
      <div class="field">
        <label for="question">${t('question')}</label>
        <p class="hint" id="question-hint">${t('questionHint')}</p>
        ${this._error('question')}
        <textarea id="question" rows="3" aria-describedby=${this._described('question', 'question-hint')}
          aria-invalid=${this._errors.question ? 'true' : 'false'} .value=${a.question} @input=${set('question')}></textarea>
      </div>
      <div class="field">
        <label for="options">${t('options')}</label>
        <p class="hint" id="options-hint">${t('optionsHint')}</p>
        ${this._error('options')}
        <textarea id="options" rows="3" aria-describedby=${this._described('options', 'options-hint')}
          aria-invalid=${this._errors.options ? 'true' : 'false'} .value=${a.options} @input=${set('options')}></textarea>
      </div>
      <div class="actions">
        <button class="button" ?disabled=${this._busy}>${t('send')}</button>
        <button type="button" class="button button--secondary" @click=${() => {
          this._ask = undefined
          this._show([])
        }}>${t('cancel')}</button>
      </div>
    </form>`
  }

  _outcomeForm(d: Decision) {
    const t = this.t
    const o = this._outcome!
    const set = (patch: Partial<Outcome>) => {
      this._outcome = { ...o, ...patch }
    }
    const who = this._whoId()
    return html`<form part="outcome" class="panel" novalidate aria-labelledby="outcome-title" @submit=${(e: Event) => this._sendOutcome(e)}>
      <h4 id="outcome-title">${t('decideTitle')}</h4>
      <div class="field">
        <label for="outcome-text">${t('text')}</label>
        ${this._error('outcome-text')}
        <textarea id="outcome-text" rows="3" aria-describedby=${this._described('outcome-text')}
          aria-invalid=${this._errors['outcome-text'] ? 'true' : 'false'} .value=${o.text}
          @input=${(e: Event) => set({ text: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      ${
        d.options.length
          ? html`<div class="field">
            <label for="picked">${t('picked')}</label>
            <select id="picked" @change=${(e: Event) => set({ optionId: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!o.optionId}>${t('noPick')}</option>
              ${d.options.map((x) => html`<option value=${x.id} ?selected=${o.optionId === x.id}>${x.text}</option>`)}
            </select>
          </div>`
          : nothing
      }
      <fieldset class="field" aria-describedby=${this._described('method-consensus')}>
        <legend>${t('method')}</legend>
        ${this._error('method-consensus')}
        ${METHODS.map(
          (m) => html`<div class="choice">
            <input type="radio" name="method" id="method-${m}" aria-describedby="method-${m}-hint" .checked=${o.method === m}
              @change=${() => set({ method: m })} />
            <div>
              <label for="method-${m}">${t(m)}</label>
              <p class="hint" id="method-${m}-hint">${t(`${m}Hint`)}</p>
            </div>
          </div>`,
        )}
      </fieldset>
      <fieldset class="field" aria-describedby=${this._described(who, 'who-hint')}>
        <legend>${t('who')}</legend>
        <p class="hint" id="who-hint">${t('whoHint')}</p>
        ${who === 'method-consensus' ? nothing : this._error(who)}
        ${this._current().map(
          (m) => html`<div class="choice">
            <input type="checkbox" id="who-${m.id}" .checked=${o.decidedBy.includes(m.id)}
              @change=${(e: Event) =>
                set({
                  decidedBy: (e.target as HTMLInputElement).checked ? [...o.decidedBy, m.id] : o.decidedBy.filter((x) => x !== m.id),
                })} />
            <label for="who-${m.id}">${m.displayName}</label>
          </div>`,
        )}
      </fieldset>
      ${
        d.kind === 'aims' || d.kind === 'ground-rules'
          ? html`<fieldset class="field">
            <legend>${t('usePlan')}</legend>
            <div class="choice">
              <input type="checkbox" id="use-plan" .checked=${o.useInPlan} @change=${(e: Event) => set({ useInPlan: (e.target as HTMLInputElement).checked })} />
              <label for="use-plan">${t(d.kind === 'aims' ? 'useAims' : 'useRules')}</label>
            </div>
          </fieldset>`
          : nothing
      }
      <div class="actions">
        <button class="button" ?disabled=${this._busy}>${t('save')}</button>
        <button type="button" class="button button--secondary" @click=${() => {
          this._outcome = undefined
          this._show([])
        }}>${t('cancel')}</button>
      </div>
    </form>`
  }

  _againForm(d: Decision) {
    const t = this.t
    return html`<div part="revisit" class="panel" role="group" aria-labelledby="again-title">
      <h4 id="again-title" tabindex="-1">${t('againTitle')}</h4>
      <p>${t('againHint')}</p>
      <div class="field">
        <label for="reason">${t('reason')}</label>
        ${this._error('reason')}
        <textarea id="reason" rows="2" .value=${this._reason} @input=${(e: Event) => (this._reason = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="actions">
        <button type="button" class="button" ?disabled=${this._busy} @click=${() => this._sendAgain(d.id)}>${t('againYes')}</button>
        <button type="button" class="button button--secondary" @click=${() => (this._again = '')}>${t('cancel')}</button>
      </div>
    </div>`
  }
}
