import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { updatesCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { emit, type CpErrorDetail, type WidgetEvents } from '../shared/events.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { PublicUpdate, UpdateStatus } from '../shared/types.js'
import { changedAt, lastVisitKey, startVisit } from './last-visit.js'
import { updateCard } from './update-card.js'
import { updatesMessages, type UpdatesMessages } from './updates.messages.js'
import { updatesStyles } from './updates.styles.js'

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline'
type Filter = 'all' | UpdateStatus

const FILTERS: Filter[] = ['all', 'planned', 'in-progress', 'done', 'not-possible']

/** The events `<cp-updates>` sends, each with its `detail`. */
export interface CpUpdatesEventMap {
  'cp-load': CustomEvent<{ updates: PublicUpdate[] }>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpUpdates {
  addEventListener: WidgetEvents<CpUpdatesEventMap, CpUpdates>['addEventListener']
  removeEventListener: WidgetEvents<CpUpdatesEventMap, CpUpdates>['removeEventListener']
}
/**
 * `<cp-updates>`: "You said, we did". Shows what was done with what people said, with its status, how far along
 * it is, people's words and names (only those the server returned: it applies consent), the member's own
 * contributions, and what is new since their last visit.
 *
 * @attr {number} page-size - How many cards show at first, and how many more each "Show more" adds.
 * @attr {number} heading-level - The level of the widget's heading (cards are one below).
 * @fires {CustomEvent<{ updates: PublicUpdate[] }>} cp-load - the updates arrived from the server: `detail` is `{ updates }`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - they could not be loaded: `detail` is `{ error, code, status? }` (`code` is `offline` with no connection).
 * @csspart heading - the heading
 * @csspart filter - the status filter
 * @csspart card - one update; also `item`, `status`, `new`, `yours`, `you-said`, `we-did`, `reason`, `progress`, `quote`, `credits`
 * @csspart more - the "Show more updates" button
 * @csspart state - the loading, empty, error or offline message
 */
export class CpUpdates extends CpElement<UpdatesMessages> {
  static override styles = [baseStyles, formStyles, updatesStyles]
  static override properties = {
    updates: { attribute: false },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _phase: { state: true },
    _data: { state: true },
    _filter: { state: true },
    _shown: { state: true },
  }

  /** Updates the host passes in directly (then nothing is fetched). */
  declare updates: PublicUpdate[] | undefined
  /** How many cards show at first, and how many more each "Show more" adds. */
  declare pageSize: number
  /** The level of the widget's heading (cards are one below). */
  declare headingLevel: number
  declare _phase: Phase
  declare _data: PublicUpdate[]
  declare _filter: Filter
  declare _shown: number

  protected readonly catalogue = updatesMessages
  protected httpCalls(http: HttpCall) {
    return { getUpdates: updatesCall(http) }
  }
  protected override _reloadOn = ['initiative', 'endpoint', 'client', 'member', 'updates']
  #visitKey: string | undefined
  /** When the last visit was (undefined: none known). Set with the updates it is compared with, so not reactive. */
  #since: number | undefined

  constructor() {
    super()
    this.pageSize = 20
    this.headingLevel = 2
    this._phase = 'idle'
    this._data = []
    this._filter = 'all'
    this._shown = 0
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('updates') && this.updates) {
      this._ticket++
      this.#show(this.updates)
    }
    // Once there are updates, at least a page of them shows (also after `page-size` grows).
    if (this._phase === 'ready') this._shown = Math.max(this._shown, this.#page)
  }

  /** Fetch the updates again (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    const initiative = this.initiative
    if (this.updates || !api || !initiative) return
    await this._fetch(
      () => api.getUpdates(initiative),
      (updates) => {
        this.#show(updates)
        emit(this, 'cp-load', { updates })
      },
    )
  }

  get #page(): number {
    return Math.max(1, Math.floor(this.pageSize) || 20)
  }

  #show(updates: PublicUpdate[]) {
    this._phase = 'ready'
    const initiative = this.initiative ?? updates[0]?.initiativeId
    const key = initiative && lastVisitKey(initiative, this.member)
    if (key && key !== this.#visitKey) {
      // The visit starts now: mark what changed since the one before, and remember this one for next time.
      this.#visitKey = key
      this.#since = startVisit(key)
    }
    // What is new since the last visit first, then the rest; each newest first.
    const order = (u: PublicUpdate) => changedAt(u) + (this.#isNew(u) ? 1e14 : 0)
    this._data = [...updates].sort((a, b) => order(b) - order(a))
  }

  #isNew(update: PublicUpdate): boolean {
    return this.#since !== undefined && changedAt(update) > this.#since
  }

  #choose(filter: Filter) {
    this._filter = filter
    this._shown = this.#page
  }

  async #more() {
    const first = this._shown
    this._shown += this.#page
    await this.updateComplete
    // Move focus to the first card that just appeared, so keyboard and screen reader users carry on reading there.
    this.renderRoot.querySelectorAll<HTMLElement>('article.card')[first]?.focus()
  }

  async #retry() {
    await this.reload()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus()
  }

  protected override render(): TemplateResult {
    const t = this.t
    const fresh = this._phase === 'ready' ? this._data.filter((u) => this.#isNew(u)).length : 0
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
        ${t('heading')}
        ${fresh > 0 ? html`<span class="fresh" part="new-count">${t('newCount', { count: fresh })}</span>` : nothing}
      </div>
      ${this.#body()}
    </section>`
  }

  /** The loading, empty, error or offline message; after an error or offline, with "Try again". */
  #state(key: 'loading' | 'empty' | 'emptyFilter' | 'error' | 'offline'): TemplateResult {
    return html`<div class="state" part="state" role=${key === 'error' ? 'alert' : 'status'} data-state=${key}>
      <p>${this.t(key)}</p>
      ${key === 'error' || key === 'offline' ? html`<button type="button" class="button button--secondary" @click=${this.#retry}>${this.t('retry')}</button>` : nothing}
    </div>`
  }

  #body(): TemplateResult {
    const phase = this._phase
    if (phase === 'ready') return this._data.length ? this.#list() : this.#state('empty')
    return this.#state(phase === 'idle' ? 'empty' : phase)
  }

  #list(): TemplateResult {
    const t = this.t
    const having = (filter: Filter) => (filter === 'all' ? this._data : this._data.filter((u) => u.status === filter))
    const matching = having(this._filter)
    const visible = matching.slice(0, this._shown)
    const more = matching.length > visible.length
    const context = {
      t,
      lang: this.language,
      level: this.headingLevel + 1,
      showYours: Boolean(this.member),
      months: t('months'),
    }
    return html`<fieldset part="filter">
        <legend>${t('filterLegend')}</legend>
        <div class="choices-inline">
          ${FILTERS.map(
            (filter) => html`<div class="choice">
              <input
                type="radio"
                name="status"
                id="filter-${filter}"
                .checked=${this._filter === filter}
                @change=${() => this.#choose(filter)}
              />
              <label for="filter-${filter}"
                >${t(filter)} (${having(filter).length})</label
              >
            </div>`,
          )}
        </div>
      </fieldset>
      ${
        visible.length
          ? html`<ol class="cards" role="list">
            ${visible.map((u, index) => updateCard(u, { ...context, index, isNew: this.#isNew(u) }))}
          </ol>`
          : this.#state('emptyFilter')
      }
      <div class="more">
        <p role="status" part="shown">${more ? t('shown', { shown: visible.length, total: matching.length }) : ''}</p>
        ${
          more
            ? html`<button type="button" class="button button--secondary" part="more" @click=${this.#more}>${t('showMore')}</button>`
            : nothing
        }
      </div>`
  }
}
