import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { inboxCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { emit } from '../shared/events.js'
import { formatDate } from '../shared/i18n.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { InboxItem, InboxPage, InboxQuery } from '../shared/types.js'
import { feedbackInboxMessages, type FeedbackInboxMessages } from './feedback-inbox.messages.js'
import { feedbackInboxStyles } from './feedback-inbox.styles.js'

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline'
type Filters = Pick<InboxQuery, 'unanswered' | 'kind' | 'rating' | 'who' | 'from' | 'to'>

const KINDS = ['rating', 'story', 'idea', 'creative'] as const
const RATINGS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const

/**
 * `<cp-feedback-inbox>`: what people said, for staff. Newest first; filter by not answered yet, kind, rating, date,
 * and with or without a name; counts; "Show more" pages through thousands with stable cursors. Each item says
 * whether the person agreed to be quoted and which update answers it. "Answer with an update" sends `cp-answer`
 * and, when `editor` names a `<cp-update-editor>` on the page, opens it with the feedback linked. Anonymous
 * feedback never shows any identity.
 *
 * @tag cp-feedback-inbox
 * @attr {string} update-href - Where an update lives: a link with a placeholder for its id (see `updateHref`).
 * @attr {number} page-size - How many to load at a time (1 to 100). Default 25.
 * @fires {CustomEvent<InboxPage>} cp-load - A page was loaded. `detail` is the `InboxPage`.
 * @fires {CustomEvent<CpAnswerDetail>} cp-answer - "Answer with an update" was chosen. `detail` is `{ feedback }`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart filters - The filters.
 * @csspart counts - How many in all and not answered.
 * @csspart item - One piece of feedback.
 * @csspart answer - The "Answer with an update" button.
 * @csspart more - The "Show more" button.
 * @csspart state - The loading, empty, error or offline message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-focus - The focus ring. Default `#1d70b8`.
 */
export class CpFeedbackInbox extends CpElement<FeedbackInboxMessages> {
  static override styles = [baseStyles, formStyles, feedbackInboxStyles]
  static override properties = {
    editor: { type: String },
    updateHref: { type: String, attribute: 'update-href' },
    pageSize: { type: Number, attribute: 'page-size' },
    _phase: { state: true },
    _items: { state: true },
    _counts: { state: true },
    _next: { state: true },
    _filters: { state: true },
    _more: { state: true },
  }

  /** The id of a `<cp-update-editor>` on the page to open with the feedback linked. */
  declare editor: string | undefined
  /** Where an update lives, with `{id}` for its id, e.g. `/updates#{id}`. Without it, the answer shows as text. */
  declare updateHref: string | undefined
  /** How many to load at a time (1 to 100). Default 25. */
  declare pageSize: number
  declare _phase: Phase
  declare _items: InboxItem[]
  declare _counts: InboxPage['counts'] | undefined
  declare _next: string | undefined
  declare _filters: Filters
  declare _more: boolean
  #ticket = 0

  protected readonly catalogue = feedbackInboxMessages
  protected httpCalls(http: HttpCall) {
    return { getInbox: inboxCall(http) }
  }

  constructor() {
    super()
    this.pageSize = 25
    this._phase = 'idle'
    this._items = []
    this._filters = {}
    this._more = false
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (['initiative', 'endpoint', 'client', 'pageSize'].some((key) => changed.has(key as keyof CpFeedbackInbox))) void this.reload()
  }

  /** Load the first page again, with the current filters. */
  async reload(): Promise<void> {
    await this.#load(false)
  }

  async #load(more: boolean): Promise<void> {
    const api = this.api
    if (!api?.getInbox || !this.initiative) return
    const ticket = ++this.#ticket
    if (more) this._more = true
    else this._phase = 'loading'
    const limit = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 25))
    try {
      const page = await api.getInbox(this.initiative, { ...this._filters, limit, ...(more && this._next ? { cursor: this._next } : {}) })
      if (ticket !== this.#ticket) return
      this._items = more ? [...this._items, ...page.items] : page.items
      this._counts = page.counts
      this._next = page.nextCursor
      this._phase = 'ready'
      emit(this, 'cp-load', page)
    } catch (error) {
      if (ticket === this.#ticket) this._phase = this.reportError(error).code === 'offline' ? 'offline' : 'error'
    } finally {
      if (ticket === this.#ticket) this._more = false
    }
  }

  #filter(name: keyof Filters, value: string | boolean): void {
    const next = { ...this._filters }
    if (value === '' || value === false) delete next[name]
    else (next as Record<string, unknown>)[name] = value
    this._filters = next
    void this.reload()
  }

  #answer(item: InboxItem): void {
    const detail = { feedback: [item] }
    if (!emit(this, 'cp-answer', detail)) return
    const editor = this.editor ? (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.editor) : null
    const open = (editor as { answer?: (items: InboxItem[]) => void } | null)?.answer
    if (open) {
      open.call(editor, detail.feedback)
      ;(editor as HTMLElement).scrollIntoView?.({ block: 'start' })
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="title">
      <h2 id="title">${this.t('title')}</h2>
      ${this.#filters()} ${this._phase === 'ready' ? this.#list() : this.#state()}
    </section>`
  }

  #state(): TemplateResult {
    const key = this._phase === 'idle' ? 'empty' : (this._phase as 'loading' | 'error' | 'offline')
    return html`<div class="state" part="state" role=${key === 'error' ? 'alert' : 'status'}>
      <p>${this.t(key)}</p>
      ${
        key === 'error' || key === 'offline'
          ? html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${this.t('retry')}</button>`
          : nothing
      }
    </div>`
  }

  #select(name: 'kind' | 'rating' | 'who', options: readonly string[], label: (v: string) => string): TemplateResult {
    return html`<div class="field">
      <label for="f-${name}">${this.t(name)}</label>
      <select id="f-${name}" @change=${(e: Event) => this.#filter(name, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!this._filters[name]}>${this.t('any')}</option>
        ${options.map((v) => html`<option value=${v} ?selected=${this._filters[name] === v}>${label(v)}</option>`)}
      </select>
    </div>`
  }

  #filters(): TemplateResult {
    const t = this.t
    const date = (name: 'from' | 'to') => html`<div class="field">
      <label for="f-${name}">${t(name)}</label>
      <input type="date" id="f-${name}" .value=${this._filters[name] ?? ''} @change=${(e: Event) => this.#filter(name, (e.target as HTMLInputElement).value)} />
    </div>`
    return html`<fieldset class="filters" part="filters">
      <legend>${t('filters')}</legend>
      <div class="choice">
        <input type="checkbox" id="f-unanswered" .checked=${!!this._filters.unanswered}
          @change=${(e: Event) => this.#filter('unanswered', (e.target as HTMLInputElement).checked)} />
        <label for="f-unanswered">${t('unanswered')}</label>
      </div>
      ${this.#select('kind', KINDS, (v) => t(`kind.${v}` as keyof FeedbackInboxMessages))}
      ${this.#select('rating', RATINGS, (v) => t(`rating.${v}` as keyof FeedbackInboxMessages))}
      ${this.#select('who', ['named', 'anonymous'], (v) => t(v as 'named'))} ${date('from')} ${date('to')}
    </fieldset>`
  }

  #list(): TemplateResult {
    const t = this.t
    const counts = this._counts ?? { total: 0, unanswered: 0 }
    const shownTotal = this._filters.unanswered ? counts.unanswered : counts.total
    return html`<p class="counts" part="counts" role="status">${t('counts', { total: counts.total, unanswered: counts.unanswered })}</p>
      ${
        this._items.length === 0
          ? html`<p class="state" part="state">${Object.keys(this._filters).length ? t('noMatch') : t('empty')}</p>`
          : html`<ol class="items">
            ${this._items.map((item) => this.#item(item))}
          </ol>`
      }
      ${this._items.length ? html`<p class="hint">${t('showing', { shown: this._items.length, total: shownTotal })}</p>` : nothing}
      ${
        this._next
          ? html`<p><button type="button" class="button button--secondary" part="more" ?disabled=${this._more} @click=${() => void this.#load(true)}>
            ${t('more')}
          </button></p>`
          : nothing
      }`
  }

  #item(f: InboxItem): TemplateResult {
    const t = this.t
    const what = [
      t(`kind.${f.kind}` as keyof FeedbackInboxMessages),
      f.rating ? t(`rating.${f.rating}` as keyof FeedbackInboxMessages) : '',
    ]
      .filter(Boolean)
      .join(': ')
    // Anonymous feedback: nothing about who, ever, even if a name slipped into the item.
    const who = f.anonymous ? t('anonymous') : f.by ? t('by', { name: f.by }) : t('noName')
    const href = (id: string) => (this.updateHref ? this.updateHref.replace('{id}', encodeURIComponent(id)) : undefined)
    return html`<li class="item" part="item">
      <p class="what"><b>${what}</b> · <span dir="auto">${who}</span> · ${t('given', { date: formatDate(f.createdAt, this.language, t('months')) })}</p>
      ${
        f.removedAt
          ? html`<p class="hint">${t('removed')}</p>`
          : f.wordsHidden
            ? html`<p class="hint">${t('hidden')}</p>`
            : html`${f.text ? html`<blockquote dir="auto">${f.text}</blockquote>` : nothing}
            ${f.attachments?.length ? html`<p class="hint">${t('files', { count: f.attachments.length })}</p>` : nothing}`
      }
      <p class="quote">${t(`quote.${f.quote}` as keyof FeedbackInboxMessages)}</p>
      ${
        f.answeredBy.length
          ? html`<ul class="answers">
            ${f.answeredBy.map((u) => {
              const link = href(u.id)
              return html`<li>${link ? html`<a href=${link}>${t('answeredBy', { text: u.weDid })}</a>` : t('answeredBy', { text: u.weDid })}</li>`
            })}
          </ul>`
          : html`<p class="unanswered">${t('notAnswered')}</p>`
      }
      <p><button type="button" class="button" part="answer" aria-describedby="item-${f.id}" @click=${() => this.#answer(f)}>${t('answer')}</button>
        <span class="visually-hidden" id="item-${f.id}">${what}, ${formatDate(f.createdAt, this.language, t('months'))}</span></p>
    </li>`
  }
}
