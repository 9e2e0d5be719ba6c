import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { consentsCall, decideCall, receiptCall, type ClientError, type CoproduceClient, type HttpCall } from '../shared/client.js'
import { CpFormElement } from '../shared/form-element.js'
import { emit, type CpErrorDetail } from '../shared/events.js'
import { formatDate, partLoader } from '../shared/i18n.js'
import { baseStyles } from '../shared/styles.js'
import type { ConsentPurpose, ConsentStatus, MemberConsents } from '../shared/types.js'
import { consentMessages, type ConsentMessages } from './consent.messages.js'
import { consentStyles } from './consent.styles.js'
import type { WidgetEvents } from '../shared/events.js'
import type { ConsentRecord } from '../shared/types.js'

/** `gone`: signed out (401), or the person's details were removed (410 `erased`, with `_erasedAt`). */
type Phase = 'loading' | 'ready' | 'load-error' | 'gone'
type Choices = import('./consent-choices.js').Choices
type Decision = import('./consent-choices.js').Decision
type View = import('./consent-more.js').View

/** Screens few people see (signed out, removed, asked again, staff mode): loaded before one of them shows. */
let more: typeof import('./consent-more.js') | undefined
const loadMore = partLoader(consentMessages, () => import('./consent-more.js'))

/**
 * Recording a choice and keeping the receipt are not in the first download: they load when the person first moves
 * into the widget (so they are here if the connection drops before a choice), or on the first press.
 */
const loadChoices = partLoader(consentMessages, () => import('./consent-choices.js'))
const prefetchChoices = () => void loadChoices().catch(() => undefined)

/**
 * `given` becomes `Given`, and its type says so: `status${cap(status)}` is typed as the union of `statusGiven`,
 * `statusNone`, …, each checked against the catalogue, so a status without its message does not compile. (A map of
 * the five keys says the same in 11 more bytes of the shared 20 kB; the parts loaded later use maps.)
 */
const cap = <S extends string>(s: S) => `${s[0]!.toUpperCase()}${s.slice(1)}` as Capitalize<S>

/** The events `<cp-consent>` sends, each with its `detail`. */
export interface CpConsentEventMap {
  'cp-consent-change': CustomEvent<ConsentRecord>
  'cp-load': CustomEvent<MemberConsents>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpConsent {
  addEventListener: WidgetEvents<CpConsentEventMap, CpConsent>['addEventListener']
  removeEventListener: WidgetEvents<CpConsentEventMap, CpConsent>['removeEventListener']
}

/**
 * `<cp-consent>`: a person's choices about how their words, names and pictures are used. Each purpose says what it
 * means, who sees it and how long it is kept; yes and no have equal weight; a yes is taken back in one action.
 * It shows the person's history in their language, and gives them a receipt to print or download.
 *
 * @tag cp-consent
 * @fires {CustomEvent<ConsentRecord>} cp-consent-change - A decision was recorded. `detail` is the new `ConsentRecord`.
 * @fires {CustomEvent<MemberConsents>} cp-load - The person's choices were loaded. `detail` is `{ purposes, current, history }`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart heading - The heading.
 * @csspart purpose - One purpose.
 * @csspart give - A "yes" button.
 * @csspart refuse - A "no" button.
 * @csspart withdraw - A "take back my yes" button.
 * @csspart history - A purpose's history.
 * @csspart receipt - The receipt section.
 * @csspart error-summary - The list of problems.
 * @cssprop --cp-color-choice - Background of the yes and no buttons. Default `#ffffff`.
 * @cssprop --cp-color-choice-selected - Background of the chosen answer. Default `#0b0c0c`.
 * @cssprop --cp-color-text - Text. Default `#0b0c0c`.
 * @cssprop --cp-color-background - Background. Default `#ffffff`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 * @cssprop --cp-color-focus - The focus ring. Default `#1d70b8`.
 * @cssprop --cp-focus-color - The focus ring (wins over `--cp-color-focus`).
 * @cssprop --cp-focus-inner-color - A 2px ring inside the focus ring, for pages whose background needs both. Default none.
 * @cssprop --cp-font-family - The font.
 * @cssprop --cp-space - Spacing. Default `1rem`.
 * @cssprop --cp-max-width - The widest the widget grows. Default `40rem`.
 */
export class CpConsent extends CpFormElement<ConsentMessages> {
  static override styles = [baseStyles, consentStyles]
  static override properties = {
    purposes: { type: String },
    name: { type: String, reflect: true },
    required: { type: Boolean, reflect: true },
    mode: { type: String },
    _phase: { state: true },
    _data: { state: true },
    _problem: { state: true },
  }

  /** Which purposes to show, by id, separated by spaces. Default: all. */
  declare purposes: string | undefined
  /** The field name when inside a host form. */
  declare name: string | undefined
  /** Inside a host form: every purpose shown needs an answer. */
  declare required: boolean
  /** `staff`: a member of staff writes down a choice the person gave on paper or by phone. */
  declare mode: string | undefined
  /** When the person's details were removed (they asked to be erased). */
  declare _erasedAt: string | undefined

  declare _phase: Phase
  declare _data: MemberConsents | undefined
  /** What went wrong (not loaded, not saved), in plain words; empty when nothing did. */
  declare _problem: string
  /** Recording choices and keeping the receipt (its own state), once its part is here. */
  _choices: import('./consent-choices.js').Choices | undefined

  protected readonly catalogue = consentMessages
  protected httpCalls(http: HttpCall) {
    return { getConsents: consentsCall(http), decideConsent: decideCall(http), getReceipt: receiptCall(http) }
  }

  constructor() {
    super()
    this.required = false
    this._phase = 'loading'
    this._problem = ''
  }

  /** The current decision for each purpose shown, by purpose id. */
  get value(): Record<string, ConsentStatus | 'none'> {
    return Object.fromEntries(this.#shown().map((p) => [p.id, this.#status(p.id)]))
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.addEventListener('cp-consent-change', this.#onChange)
    if (this.hasUpdated) void this.load()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    document.removeEventListener('cp-consent-change', this.#onChange)
  }

  /** Another widget on the page (`<cp-feedback>`, another `<cp-consent>`) changed someone's choices: read them again. */
  #onChange = (event: Event) => {
    if (!event.composedPath().includes(this)) void this.load()
  }

  /**
   * Load on the first render (the words are here by then, so a problem is never a raw key), and whenever
   * `endpoint`, `member` or `client` change, even when first set after the widget is in the page.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (!this.hasUpdated || ['endpoint', 'member', 'client'].some((k) => changed.has(k as keyof CpConsent))) void this.load()
  }

  protected formState() {
    const missing = this.required ? this.#shown().findIndex((p) => this.#status(p.id) === 'none') : -1
    return {
      value: JSON.stringify(this.value),
      missing: missing < 0 ? undefined : { message: this.t('errorRequired'), id: `give-${missing}` },
    }
  }

  /** Load (or reload) the person's choices. */
  async load(): Promise<void> {
    const api = this.api
    if (!api || !this.member) {
      this._phase = 'load-error'
      this._problem = this.t('errorNotSetUp')
      return
    }
    this._phase = this._data ? 'ready' : 'loading'
    try {
      this._data = await api.getConsents(this.member)
      this._phase = 'ready'
      this._problem = ''
      emit(this, 'cp-load', this._data)
    } catch (error) {
      const { code, status } = this.reportError(error)
      this._phase = status === 401 || code === 'erased' ? 'gone' : 'load-error'
      this._erasedAt = code === 'erased' ? ((error as ClientError).problem?.erasedAt as string) || '' : undefined
      this._problem = this._phase === 'gone' ? '' : code === 'forbidden' ? this.t('errorForbidden') : this.t('errorLoad')
    }
  }

  #shown(): ConsentPurpose[] {
    const all = this._data?.purposes ?? []
    const wanted = (this.purposes ?? '').split(/\s+/).filter(Boolean)
    return wanted.length ? all.filter((p) => wanted.includes(p.id)) : all
  }

  #status(purposeId: string): ConsentStatus | 'none' {
    return this._data?.current.find((c) => c.purposeId === purposeId)?.status ?? 'none'
  }

  /** Run what the person asked for, once the part that does it is here (if it cannot be fetched: offline). */
  async #act(run: (choices: Choices, api: CoproduceClient) => Promise<void>): Promise<void> {
    const api = this.api
    const part = await loadChoices().catch(() => undefined)
    if (!api) return
    if (!part) return this._showProblem(this.t('errorOffline'))
    await run(
      (this._choices ??= new part.Choices(this, {
        fail: (error) => this.reportError(error),
        problem: this._showProblem,
        data: () => this._data,
        show: (data) => (this._data = data),
        erased: (at) => {
          this._erasedAt = at
          this._phase = 'gone'
        },
        date: this._date,
      })),
      api,
    )
  }

  /**
   * Say what went wrong at the top, and move focus there so screen readers read it. (These are problems with the
   * connection or the server, not with an answer: there is no field to point to, so this is not an error summary.)
   */
  _showProblem = async (message: string): Promise<void> => {
    this._problem = message
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus()
  }

  /** Screens not everyone sees (earlier answers, signed out, removed, asked again, staff mode) load before they show. */
  protected override _needs(): Promise<unknown> | undefined {
    const rare = this._phase === 'gone' || this.mode === 'staff' || this._data?.history.length
    return rare && !more ? loadMore().then((part) => void (more = part)) : undefined
  }

  /** A date in words, in the widget's language. */
  _date = (iso: string) => formatDate(iso, this.language, this.t('months'))

  /** What the rarer screens need to know of what the widget shows (made once per render). */
  #view(): View {
    return {
      phase: this._phase,
      erasedAt: this._erasedAt,
      staff: this.mode === 'staff',
      history: this._data?.history ?? [],
      date: this._date,
    }
  }

  protected override render(): TemplateResult {
    const t = this.t
    const view = this.#view()
    more?.adoptStyles(this.shadowRoot)
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="heading" @focusin=${prefetchChoices}>
      <h2 id="heading" part="heading">${t('heading')}</h2>
      ${this._phase === 'gone' ? nothing : html`<p class="intro">${t('intro')}</p>`}
      ${more?.top(view, t)}
      ${
        this._problem
          ? html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="problem-title">
            <h3 id="problem-title">${t('errorTitle')}</h3>
            <p>${this._problem}</p>
          </div>`
          : nothing
      }
      ${this._phase === 'loading' ? html`<p role="status">${t('loading')}</p>` : nothing}
      ${
        this._phase === 'load-error'
          ? html`<p class="actions"><button id="retry" type="button" class="button button--secondary" @click=${() => void this.load()}>${t('tryAgain')}</button></p>`
          : nothing
      }
      ${this._phase === 'ready' ? this.#renderPurposes(view) : nothing}
      ${this._phase === 'ready' ? this.#renderReceipt() : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this._choices?.announcement}</p>
    </section>`
  }

  #renderPurposes(view: View): TemplateResult {
    return html`<ul class="purposes">
      ${this.#shown().map((purpose, i) => this.#renderPurpose(purpose, i, view))}
    </ul>`
  }

  #renderPurpose(purpose: ConsentPurpose, i: number, view: View): TemplateResult {
    const t = this.t
    const status = this.#status(purpose.id)
    const busy = this._choices?.busy === purpose.id
    const decide = (decision: Decision) => () => void this.#act((choices, api) => choices.decide(api, purpose, i, decision, this.t))
    const choice = (decision: 'give' | 'refuse') => {
      const pressed =
        (decision === 'give' && status === 'given') || (decision === 'refuse' && (status === 'refused' || status === 'withdrawn'))
      return html`<button type="button" id="${decision}-${i}" part=${decision} class="button choice-button"
        aria-pressed=${`${pressed}` as const} aria-describedby="title-${i}" aria-disabled=${`${busy}` as const}
        @click=${decide(decision)}>${decision === 'give' ? t('yes') : t('no')}</button>`
    }
    // The server's words are in the language it says (English where it has no other): marked so, for screen readers.
    const lang = purpose.lang ?? this.language
    return html`<li class="purpose" part="purpose">
      <h3 id="title-${i}" dir="auto" lang=${lang}>${purpose.title}</h3>
      <dl>
        <dt>${t('what')}</dt>
        <dd dir="auto" lang=${lang}>${purpose.description}</dd>
        <dt>${t('who')}</dt>
        <dd dir="auto" lang=${lang}>${purpose.audience}</dd>
        <dt>${t('howLong')}</dt>
        <dd dir="auto" lang=${lang}>${purpose.retention.description}</dd>
      </dl>
      ${more?.inPurpose(view, t, purpose, i, status) ?? html`<p class="current" id="current-${i}">${t(`status${cap(status)}`)}</p>`}
      <div class="choices no-print" role="group" aria-labelledby="title-${i}">
        ${
          status === 'given'
            ? html`${choice('give')}<button type="button" id="withdraw-${i}" part="withdraw" class="button choice-button"
                aria-describedby="title-${i}" aria-disabled=${`${busy}` as const} @click=${decide('withdraw')}>${t('withdraw')}</button>`
            : html`${choice('give')}${choice('refuse')}`
        }
      </div>
      ${more?.history(view, t, purpose, i)}
    </li>`
  }

  #keep(how: 'print' | 'download'): void {
    void this.#act((choices, api) => choices.keepReceipt(api, how, this.t))
  }

  #renderReceipt(): TemplateResult {
    const t = this.t
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
      <h3 id="receipt-heading">${t('receiptHeading')}</h3>
      <p class="intro">${t('receiptIntro')}</p>
      <p class="actions no-print">
        <button id="print" type="button" class="button button--secondary" @click=${() => this.#keep('print')}>${t('print')}</button>
        <button id="download" type="button" class="button button--secondary" @click=${() => this.#keep('download')}>${t('download')}</button>
      </p>
      ${this._choices?.receipt ? html`<pre class="receipt-text">${this._choices.receipt}</pre>` : nothing}
    </section>`
  }
}
