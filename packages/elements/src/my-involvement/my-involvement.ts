import { html, nothing, type TemplateResult } from 'lit'
import { involvementCall, type HttpCall } from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { emit } from '../shared/events.js'
import { formatDate, LOCALES } from '../shared/i18n.js'
import { baseStyles } from '../shared/styles.js'
import type { Involvement } from '../shared/types.js'
import { myInvolvementMessages, type MyInvolvementMessages } from './my-involvement.messages.js'
import { myInvolvementStyles } from './my-involvement.styles.js'
import type { CpErrorDetail, WidgetEvents } from '../shared/events.js'

type Phase = 'idle' | 'loading' | 'ready' | 'error' | 'offline'

/** The events `<cp-my-involvement>` sends, each with its `detail`. */
export interface CpMyInvolvementEventMap {
  'cp-load': CustomEvent<Involvement>
  'cp-error': CustomEvent<CpErrorDetail>
}

/** `addEventListener` on the widget knows each event's `detail`. */
export interface CpMyInvolvement {
  addEventListener: WidgetEvents<CpMyInvolvementEventMap, CpMyInvolvement>['addEventListener']
  removeEventListener: WidgetEvents<CpMyInvolvementEventMap, CpMyInvolvement>['removeEventListener']
}

/**
 * `<cp-my-involvement>`: one member's part in the work, in one place: sessions coming up (with access, childcare
 * and travel), payments made and still due, what they said and what changed because of it, where they were
 * thanked, the decisions they took part in, and a link to their choices (`choices-href`, or a `choices` slot).
 *
 * @tag cp-my-involvement
 * @attr {string} choices-href - Where the host shows the person's choices (`<cp-consent>`).
 * @fires {CustomEvent<Involvement>} cp-load - It was loaded. `detail` is the `Involvement`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - It could not be loaded. `detail` is `{ error, code, status? }`.
 * @slot choices - Where the person changes their choices (a link, or `<cp-consent>` itself). Default: a link to `choices-href`.
 * @csspart root - The widget's box.
 * @csspart heading - The heading.
 * @csspart section - One section (sessions, payments, said, credited, decisions).
 * @csspart item - One thing in a section.
 * @csspart choices - The link to the person's choices.
 * @csspart state - The loading, empty, error or offline message.
 */
export class CpMyInvolvement extends CpElement<MyInvolvementMessages> {
  static override styles = [baseStyles, myInvolvementStyles]
  static override properties = {
    choicesHref: { type: String, attribute: 'choices-href' },
    _phase: { state: true },
    _data: { state: true },
  }

  /** Where the host shows the person's choices (`<cp-consent>`). */
  declare choicesHref: string | undefined
  declare _phase: Phase
  declare _data: Involvement | undefined
  protected override _reloadOn = ['member', 'endpoint', 'client']

  protected readonly catalogue = myInvolvementMessages
  protected httpCalls(http: HttpCall) {
    return { getInvolvement: involvementCall(http) }
  }

  constructor() {
    super()
    this._phase = 'idle'
  }

  /** Fetch it again (the "Try again" button does this). */
  async reload(): Promise<void> {
    const api = this.api
    if (!api?.getInvolvement || !this.member) return
    const member = this.member
    await this._fetch(
      () => api.getInvolvement!(member),
      (data) => {
        this._data = data
        emit(this, 'cp-load', data)
      },
    )
  }

  protected override render(): TemplateResult {
    const t = this.t
    const d = this._data
    const key = this._phase === 'idle' ? 'empty' : this._phase
    return html`<section class="root" part="root" lang=${this.language} dir=${this.direction} aria-labelledby="heading">
      <h2 id="heading" part="heading">${t('heading')}</h2>
      ${
        key === 'ready' && d
          ? this.#body(d)
          : html`<div class="state" part="state" role=${key === 'error' ? 'alert' : 'status'}>
            <p>${t(key === 'ready' ? 'empty' : key)}</p>
            ${
              key === 'error' || key === 'offline'
                ? html`<button type="button" class="button button--secondary" @click=${() => void this.reload()}>${t('retry')}</button>`
                : nothing
            }
          </div>`
      }
      <p class="choices"><slot name="choices">${
        this.choicesHref ? html`<a part="choices" href=${this.choicesHref}>${t('choices')}</a>` : nothing
      }</slot></p>
    </section>`
  }

  #body(d: Involvement): TemplateResult {
    const t = this.t
    const lang = this.language
    const date = (iso: string) => formatDate(iso, lang, t('months'))
    const money = (amount: number, currency = 'GBP') => new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(amount)
    const time = (iso: string) => new Date(iso).toLocaleTimeString(LOCALES[lang], { hour: 'numeric', minute: '2-digit' })
    const section = (id: string, title: string, items: TemplateResult[]) =>
      html`<section part="section" aria-labelledby=${id}>
        <h3 id=${id}>${title}</h3>
        ${items.length ? html`<ul>${items}</ul>` : html`<p class="hint">${t('none')}</p>`}
      </section>`
    const li = (...lines: unknown[]) =>
      html`<li part="item">${lines.filter((l) => l !== nothing && l !== '').map((l) => html`<span>${l}</span>`)}</li>`
    const bidi = (text: string) => html`<bdi>${text}</bdi>`
    return html`${section(
      's1',
      t('sessions'),
      d.sessions.map((s) =>
        li(
          html`<b>${date(s.startsAt)}, ${time(s.startsAt)}</b>${s.title ? html` · ${bidi(s.title)}` : nothing}`,
          `${t(s.format)} · ${t('minutes', { minutes: s.durationMinutes })}`,
          s.venue ? bidi(s.venue.name) : nothing,
          s.venue?.access.length ? t('access', { list: s.venue.access.join(', ') }) : nothing,
          t(s.childcare ? 'childcareYes' : 'childcareNo'),
          t(s.travelSupport ? 'travelYes' : 'travelNo'),
        ),
      ),
    )}
      ${section('s2', t('payments'), [
        ...d.payments.due.map((p) =>
          li(
            html`<b>${p.amount === undefined ? t('dueHours', { hours: p.hours, date: date(p.startsAt) }) : t('due', { amount: money(p.amount, p.currency), date: date(p.startsAt) })}</b>`,
          ),
        ),
        ...d.payments.made.map((p) => li(`${t('paid', { amount: money(p.amount, p.currency), date: date(p.paidAt) })} (${t(p.method)})`)),
      ])}
      ${section(
        's3',
        t('said'),
        d.said.map((s) =>
          li(
            s.text ? html`<q dir="auto">${s.text}</q>` : t('rated'),
            date(s.createdAt),
            ...(s.changes.length ? s.changes.map((c) => html`${t('changed')} ${bidi(c.weDid)} (${t(c.status)})`) : [t('notYet')]),
          ),
        ),
      )}
      ${section(
        's4',
        t('credited'),
        d.credited.map((c) =>
          li(html`<q dir="auto">${c.youSaid}</q>`, html`${t('changed')} ${bidi(c.weDid)}`, t(c.shownByName ? 'named' : 'notNamed')),
        ),
      )}
      ${section(
        's5',
        t('decisions'),
        d.decisions.map((x) =>
          li(
            html`<b>${bidi(x.question)}</b>`,
            x.myView?.optionText || x.myView?.text ? html`${t('view')} ${bidi(x.myView.optionText ?? x.myView.text ?? '')}` : nothing,
            ...x.proposed.map((p) => html`${t('proposed')} ${bidi(p.text)}`),
            x.decidedByMe ? t('decider') : nothing,
            x.outcome ? html`${t('outcome')} ${bidi(x.outcome.text)} (${t(`method.${x.outcome.method}`)})` : t('stillOpen'),
          ),
        ),
      )}`
  }
}
