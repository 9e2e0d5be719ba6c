import { html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { reportCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { emit } from '../shared/events.js'
import { formatDate, partLoader } from '../shared/i18n.js'
import { baseStyles } from '../shared/styles.js'
import type { Report } from '../shared/types.js'
import { principlesReportMessages, type PrinciplesReportMessages } from './principles-report.messages.js'
import { principlesReportStyles } from './principles-report.styles.js'
import type { CpErrorDetail, WidgetEvents } from '../shared/events.js'

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline' | 'forbidden'

/**
 * The body of the report (the ladder, the chart, the findings) is not in the first download: it loads while the
 * report is fetched, or before a report given as a property shows. If it cannot be fetched (offline), the widget
 * says so, and tries again when the connection returns.
 */
let body: typeof import('./report-body.js') | undefined
let bodyFailed = false
const loadBody = partLoader(principlesReportMessages, () => import('./report-body.js'))
const needBody = () =>
  loadBody().then(
    (part) => void (body = part),
    () => void (bodyFailed = true),
  )

/** The events `<cp-principles-report>` sends, each with its `detail`. */
export interface CpPrinciplesReportEventMap {
  'cp-load': CustomEvent<{ report: Report }>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpPrinciplesReport {
  addEventListener: WidgetEvents<CpPrinciplesReportEventMap, CpPrinciplesReport>['addEventListener']
  removeEventListener: WidgetEvents<CpPrinciplesReportEventMap, CpPrinciplesReport>['removeEventListener']
}

/**
 * `<cp-principles-report>`: the principles engine's report, for staff. Where the work is on the ladder (what it
 * is called and what it does), a score for each of the five principles (chart and table), and every finding by
 * stage, errors first, each with what to do.
 *
 * @attr {number} heading-level - The level of the widget's heading (sections are one below, stages two below).
 * @fires {CustomEvent<{ report: Report }>} cp-load - the report arrived from the server: `detail` is `{ report }`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - it could not be loaded: `detail` is `{ error, code, status? }`.
 * @csspart root - the whole widget; also `heading`, `summary`, `ladder`, `rung`, `claimed`, `assessed`, `verdict`,
 *   `chart`, `table`, `findings`, `stage`, `finding`, `verdict-tag`, `guidance`, `state`
 */
export class CpPrinciplesReport extends CpElement<PrinciplesReportMessages> {
  static override styles = [baseStyles, principlesReportStyles]
  static override properties = {
    preset: { type: String },
    report: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _phase: { state: true },
    _report: { state: true },
  }

  /** The rule preset, e.g. `recommended` or `strict`; the server's default when not set. */
  declare preset: string | undefined
  /** A report the host passes in directly (then nothing is fetched). */
  declare report: Report | undefined
  /** The level of the widget's heading (sections are one below, stages two below). */
  declare headingLevel: number
  declare _phase: Phase
  declare _report: Report | undefined

  protected readonly catalogue = principlesReportMessages
  protected httpCalls(http: HttpCall) {
    return { getReport: reportCall(http) }
  }
  protected override _reloadOn = ['initiative', 'endpoint', 'client', 'preset', 'report', 'lang']

  constructor() {
    super()
    this.headingLevel = 2
    this._phase = 'idle'
    this._report = undefined
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    if (changed.has('report') && this.report) {
      this._ticket++
      this._report = this.report
      this._phase = 'ready'
    }
  }

  /** Fetch the report again (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    const initiative = this.initiative
    if (this.report || !api || !initiative) return
    if (!body) void needBody()
    await this._fetch(
      () => api.getReport(initiative, this.preset || undefined),
      (report) => {
        this._report = report
        emit(this, 'cp-load', { report })
      },
      ({ code, status }) => (code === 'forbidden' || status === 401 || status === 403 ? 'forbidden' : undefined),
    )
  }

  protected override _needs(): Promise<unknown> | undefined {
    return (this.report || this._report) && !body && !bodyFailed ? needBody() : undefined
  }

  /** The connection came back: fetch again what could not be fetched, the report's body too. */
  override handleEvent(): void {
    this.#bodyAgain()
    super.handleEvent()
  }

  /** A body that could not be fetched is fetched again at the next render. */
  #bodyAgain(): void {
    if (bodyFailed) {
      bodyFailed = false
      this.requestUpdate()
    }
  }

  async #retry() {
    this.#bodyAgain()
    await this.reload()
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus()
  }

  protected override render(): TemplateResult {
    const t = this.t
    const report = this._phase === 'ready' ? this._report : undefined
    const level = this.headingLevel
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="title">
      <div id="title" class="h title" part="heading" role="heading" aria-level=${level} tabindex="-1">
        ${report ? t('heading', { title: report.title }) : t('headingPlain')}
      </div>
      ${
        report && body
          ? html`<p part="summary">
              ${t('summary', report.summary)}
            </p>
            <p class="hint">${t('checkedOn', { date: formatDate(report.evaluatedAt, this.language, t('months')), preset: report.preset })}</p>
            ${body.reportBody(report, t, level, this.direction)}`
          : // A report whose body is not here: it could not be fetched, or this is a server's render (Lit SSR), which
            // shows what the page shows until the body arrives.
            this.#state(report ? (bodyFailed ? 'offline' : 'loading') : this._phase)
      }
    </section>`
  }

  #state(phase: Phase): TemplateResult | typeof nothing {
    const key = phase === 'idle' || phase === 'ready' ? 'empty' : phase
    const retry = phase === 'error' || phase === 'offline'
    return html`<div class="state" part="state" role=${phase === 'error' ? 'alert' : 'status'} data-state=${key}>
      <p>${this.t(key)}</p>
      ${retry ? html`<button type="button" class="button button--secondary" @click=${this.#retry}>${this.t('retry')}</button>` : nothing}
    </div>`
  }
}
