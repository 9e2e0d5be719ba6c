import { html, nothing, unsafeCSS } from 'lit'
import {
  addMemberCall,
  changeMemberCall,
  creditOptionsCall,
  isClientError,
  leaveMemberCall,
  membersCall,
  type HttpCall,
} from '../shared/client.js'
import { CpElement } from '../shared/cp-element.js'
import { errorCss, errorId, errorSummary, focusErrorSummary, inlineError, type ErrorItem } from '../shared/error-summary.js'
import { emit } from '../shared/events.js'
import { formatDate } from '../shared/i18n.js'
import { staffFormStyles } from '../shared/staff-form.styles.js'
import { baseStyles, formStyles } from '../shared/styles.js'
import type { CreditOption, Member, MemberPatch, MemberRecord } from '../shared/types.js'
import { membersMessages, type MembersMessages } from './members.messages.js'
import { membersStyles } from './members.styles.js'

type Phase = 'loading' | 'ready' | 'error' | 'offline'
type Role = Member['roles'][number]
const ROLES: Role[] = ['lived-experience', 'practitioner', 'commissioner', 'facilitator', 'peer-researcher']
const PAY = [
  ['cash', 'cash'],
  ['voucher', 'voucher'],
  ['none', 'noPay'],
  ['', 'notSaid'],
] as const
const CREDIT: Record<string, keyof MembersMessages> = {
  refused: 'creditNo',
  withdrawn: 'creditWithdrawn',
  expired: 'creditExpired',
}

/** The details as typed: strings, checked all at once when staff press the button. */
interface Draft {
  name: string
  roles: Role[]
  hostRef: string
  pay: string
  needs: string
}
const empty = (): Draft => ({ name: '', roles: [], hostRef: '', pay: '', needs: '' })
const draftOf = (m: Member): Draft => ({
  name: m.displayName,
  roles: [...m.roles],
  hostRef: m.hostRef ?? '',
  pay: m.paymentPreference ?? '',
  needs: (m.accessNeeds ?? []).join(', '),
})
const split = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
/** A link made from the host's pattern: `{id}` or `{ref}` replaced by the value, encoded so it stays in the path. */
const link = (pattern: string | undefined, key: string, value: string) =>
  pattern ? pattern.replace(`{${key}}`, encodeURIComponent(value)) : undefined

/**
 * `<cp-members>` (staff): the people taking part in one initiative. Add someone, change their details (name, how
 * they take part, case reference, how they would like to be paid, what helps them take part), and write down that
 * they have left the group, after a plain-words check of what leaving means. Every problem is shown at once, in a
 * summary above the form. Each person shows whether they agreed to be named in thanks.
 *
 * @tag cp-members
 * @attr {string} case-link - Where a case reference links to: a link with a placeholder for the reference (see `caseLink`).
 * @attr {string} choices-link - A page to write down a choice given on paper or by phone: a link with a placeholder for the member's id (see `choicesLink`).
 * @attr {string} case-refs - The case references that exist, separated by spaces: any other is refused.
 * @fires {CustomEvent<Member[]>} cp-load - The members were loaded.
 * @fires {CustomEvent<Member>} cp-submit - A member was added, changed, or has left. `detail` is the `Member`.
 * @fires {CustomEvent<CpErrorDetail>} cp-error - Something went wrong. `detail` is `{ error, code, status? }`.
 * @csspart root - The widget's box.
 * @csspart member - One person in the list.
 * @csspart confirm - The check before writing down that someone has left.
 * @csspart form - The form to add a member or change their details.
 * @csspart error-summary - The list of problems.
 * @csspart state - The loading or error message.
 * @cssprop --cp-color-primary - Buttons. Default `#00703c`.
 * @cssprop --cp-color-error - Errors. Default `#b3261e`.
 * @cssprop --cp-color-warning - The check before leaving. Default `#b58800`.
 */
export class CpMembers extends CpElement<MembersMessages> {
  static override styles = [baseStyles, formStyles, unsafeCSS(errorCss), staffFormStyles, membersStyles]
  static override properties = {
    caseLink: { type: String, attribute: 'case-link' },
    choicesLink: { type: String, attribute: 'choices-link' },
    caseRefs: { type: String, attribute: 'case-refs' },
    _phase: { state: true },
    _members: { state: true },
    _credit: { state: true },
    _draft: { state: true },
    _editing: { state: true },
    _leaving: { state: true },
    _errors: { state: true },
    _summary: { state: true },
    _busy: { state: true },
    _done: { state: true },
  }

  /** Where a case reference links to, with `{ref}` for the reference, e.g. `/cases/{ref}`. */
  declare caseLink: string | undefined
  /** A page to write down a choice given on paper or by phone, with `{id}` for the member. */
  declare choicesLink: string | undefined
  /** The case references that exist, separated by spaces. When set, any other reference is refused. */
  declare caseRefs: string | undefined
  declare _phase: Phase
  declare _members: Member[]
  declare _credit: CreditOption[]
  declare _draft: Draft
  /** The member whose details the form is changing; empty when it adds someone. */
  declare _editing: string
  /** The member staff said has left, waiting for them to confirm. */
  declare _leaving: string
  declare _errors: Partial<Record<string, string>>
  declare _summary: ErrorItem[]
  declare _busy: boolean
  declare _done: string

  protected readonly catalogue = membersMessages
  protected override _reloadOn = ['initiative', 'endpoint', 'client']
  protected httpCalls(http: HttpCall) {
    return {
      listMembers: membersCall(http),
      getCreditOptions: creditOptionsCall(http),
      addMember: addMemberCall(http),
      changeMember: changeMemberCall(http),
      leaveMember: leaveMemberCall(http),
    }
  }

  constructor() {
    super()
    this._phase = 'loading'
    this._members = []
    this._credit = []
    this._draft = empty()
    this._editing = ''
    this._leaving = ''
    this._errors = {}
    this._summary = []
    this._busy = false
    this._done = ''
  }

  /** Fetch the members again (the "Try again" button does this). */
  override async reload(): Promise<void> {
    const api = this.api
    const id = this.initiative
    if (!api?.listMembers || !id) return
    await this._fetch(
      () => Promise.all([api.listMembers!(id), api.getCreditOptions?.(id) ?? []]),
      ([members, credit]) => {
        Object.assign(this, { _members: members, _credit: credit })
        emit(this, 'cp-load', members)
      },
    )
  }

  /** Every problem with the details, in the order of the form. */
  _check(d: Draft): ErrorItem[] {
    const t = this.t
    const items: ErrorItem[] = []
    const name = d.name.trim()
    if (!name) items.push({ id: 'name', message: t('needName') })
    else if (name.length > 500) items.push({ id: 'name', message: t('tooLong') })
    if (!d.roles.length) items.push({ id: 'role-lived-experience', message: t('needRoles') })
    const ref = d.hostRef.trim()
    if (ref.length > 500) items.push({ id: 'hostRef', message: t('tooLong') })
    else if (ref && this.caseRefs !== undefined && !this._ref(ref)) items.push({ id: 'hostRef', message: t('noCase', { ref }) })
    if (split(d.needs).some((n) => n.length > 500)) items.push({ id: 'needs', message: t('tooLong') })
    return items
  }

  /** The host's own spelling of a case reference, when `case-refs` lists it. */
  _ref(ref: string): string | undefined {
    if (this.caseRefs === undefined) return ref
    return this.caseRefs.split(/\s+/).find((r) => r && r.toLowerCase() === ref.toLowerCase())
  }

  async _save(event: Event): Promise<void> {
    event.preventDefault()
    const api = this.api
    const d = this._draft
    const items = this._check(d)
    this._done = ''
    if (items.length || !api?.addMember || !api.changeMember || !this.initiative) return this._show(items)
    const ref = this._ref(d.hostRef.trim())
    const needs = split(d.needs)
    const pay = d.pay as NonNullable<Member['paymentPreference']>
    const editing = this._editing
    this._busy = true
    try {
      let member: Member
      if (editing) {
        const patch: MemberPatch = {
          displayName: d.name.trim(),
          roles: d.roles,
          hostRef: ref || null,
          paymentPreference: pay || null,
          accessNeeds: needs.length ? needs : null,
        }
        member = await api.changeMember(editing, patch)
        this._members = this._members.map((m) => (m.id === member.id ? member : m))
      } else {
        const input: MemberRecord = {
          displayName: d.name.trim(),
          roles: d.roles,
          ...(ref ? { hostRef: ref } : {}),
          ...(pay ? { paymentPreference: pay } : {}),
          ...(needs.length ? { accessNeeds: needs } : {}),
        }
        member = await api.addMember(this.initiative, input)
        this._members = [...this._members, member]
        this._credit = [...this._credit, { memberId: member.id, displayName: member.displayName, credit: false, why: 'not-asked' }]
      }
      this._draft = empty()
      this._editing = ''
      this._show([])
      this._done = this.t(editing ? 'saved' : 'added', { name: member.displayName })
      emit(this, 'cp-submit', member)
      if (editing) void this._focus(`#change-${CSS.escape(member.id)}`)
    } catch (error) {
      this._saveFailed(error)
    } finally {
      this._busy = false
    }
  }

  _saveFailed(error: unknown): void {
    this.reportError(error)
    const ids: Record<string, string> = {
      displayName: 'name',
      roles: 'role-lived-experience',
      hostRef: 'hostRef',
      paymentPreference: 'pay-cash',
      accessNeeds: 'needs',
    }
    this._show(
      isClientError(error) && error.errors.length
        ? error.errors.map((e) => ({ id: ids[String(e.path[0])] ?? 'name', message: e.message }))
        : [{ id: 'name', message: this.t('couldNotSave', { detail: isClientError(error) ? error.detail : String(error) }) }],
    )
  }

  async _leave(member: Member): Promise<void> {
    const api = this.api
    if (!api?.leaveMember) return
    this._busy = true
    this._done = ''
    try {
      const left = await api.leaveMember(member.id)
      this._members = this._members.map((m) => (m.id === left.id ? left : m))
      this._leaving = ''
      this._show([])
      this._done = this.t('hasLeft', { name: left.displayName })
      emit(this, 'cp-submit', left)
      void this._focus(`#name-${CSS.escape(left.id)}`)
    } catch (error) {
      this._saveFailed(error)
    } finally {
      this._busy = false
    }
  }

  async _focus(selector: string): Promise<void> {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus()
  }

  _edit(member: Member): void {
    Object.assign(this, { _editing: member.id, _draft: draftOf(member), _leaving: '', _done: '' })
    this._show([])
    void this._focus('#name')
  }

  _cancel(): void {
    const id = this._editing
    Object.assign(this, { _editing: '', _draft: empty() })
    this._show([])
    void this._focus(`#change-${CSS.escape(id)}`)
  }

  _show(items: ErrorItem[]): void {
    this._summary = items
    this._errors = Object.fromEntries(items.map((i) => [i.id, i.message]))
    if (items.length) void focusErrorSummary(this)
  }

  _set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this._draft = { ...this._draft, [key]: value }
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
    const current = this._members.filter((m) => !m.leftAt && !m.erasedAt).length
    return html`<section part="root" lang=${this.language} dir=${this.direction} aria-labelledby="cp-members-heading">
      <h2 id="cp-members-heading">${t('heading')}</h2>
      ${errorSummary(t('errorTitle'), this._summary, this.shadowRoot)}
      <p role="status">${this._done}</p>
      ${state}
      ${
        this._phase === 'ready'
          ? html`<p>${this._members.length ? t('count', { count: current }) : t('none')}</p>
            <ul>${this._members.map((m) => this._member(m))}</ul>
            ${this._form()}`
          : nothing
      }
    </section>`
  }

  _member(m: Member) {
    const t = this.t
    const hidden = html`<span class="visually-hidden">: ${m.displayName}</span>`
    if (m.erasedAt) return html`<li part="member"><p><em>${t('erased', { date: formatDate(m.erasedAt, this.language) })}</em></p></li>`
    const credit = this._credit.find((c) => c.memberId === m.id)
    const answer = credit?.credit ? 'creditYes' : (CREDIT[credit?.why ?? ''] ?? 'creditNotAsked')
    const caseHref = m.hostRef ? link(this.caseLink, 'ref', m.hostRef) : undefined
    const choices = link(this.choicesLink, 'id', m.id)
    return html`<li part="member">
      <h3 id="name-${m.id}" tabindex="-1">${m.displayName}</h3>
      ${m.leftAt ? html`<p><strong>${t('left')}</strong></p>` : nothing}
      <p>${t('joined', { date: formatDate(m.joinedAt, this.language) })}</p>
      <p>${t('takesPart', { roles: m.roles.map((r) => t(r)).join(', ') })}</p>
      ${m.accessNeeds?.length ? html`<p>${t('needs', { needs: m.accessNeeds.join(', ') })}</p>` : nothing}
      ${m.hostRef ? html`<p>${t('case')} ${caseHref ? html`<a href=${caseHref}>${m.hostRef}</a>` : m.hostRef}</p>` : nothing}
      <p>${t('credit', { answer: t(answer) })}</p>
      ${choices ? html`<p><a href=${choices}>${t('choices')}${hidden}</a></p>` : nothing}
      <div class="actions">
        <button type="button" id="change-${m.id}" class="button button--secondary" @click=${() => this._edit(m)}>${t('change')}${hidden}</button>
        ${
          m.leftAt
            ? nothing
            : html`<button type="button" class="button button--secondary" aria-expanded=${this._leaving === m.id ? 'true' : 'false'}
              @click=${() => {
                this._leaving = m.id
                void this._focus('#leave-title')
              }}>${t('leave')}${hidden}</button>`
        }
      </div>
      ${this._leaving === m.id ? this._confirm(m) : nothing}
    </li>`
  }

  _confirm(m: Member) {
    const t = this.t
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby="leave-title">
      <h4 id="leave-title" tabindex="-1">${t('leaveTitle', { name: m.displayName })}</h4>
      <p>${t('leaveWhat')}</p>
      <div class="actions">
        <button type="button" class="button" ?disabled=${this._busy} @click=${() => void this._leave(m)}>${t('leaveYes', { name: m.displayName })}</button>
        <button type="button" class="button button--secondary" @click=${() => {
          this._leaving = ''
          void this._focus(`#change-${CSS.escape(m.id)}`)
        }}>${t('leaveNo')}</button>
      </div>
    </div>`
  }

  _field(id: string, label: string, hint: string, control: unknown) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${inlineError(id, this._errors[id], this.t('errorPrefix'))} ${control}
    </div>`
  }

  _text(id: 'name' | 'hostRef' | 'needs', key: keyof Draft, hint: boolean) {
    const error = this._errors[id]
    return html`<input id=${id} type="text" autocomplete="off" spellcheck="false"
      aria-describedby=${[hint ? `${id}-hint` : '', error ? errorId(id) : ''].join(' ').trim() || nothing}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${this._draft[key] as string} @input=${(e: Event) => this._set(key, (e.target as HTMLInputElement).value as never)} />`
  }

  _form() {
    const t = this.t
    const d = this._draft
    const editing = this._members.find((m) => m.id === this._editing)
    const rolesError = this._errors['role-lived-experience']
    return html`<form part="form" novalidate @submit=${(e: Event) => void this._save(e)} aria-labelledby="form-title">
      <h3 id="form-title">${editing ? t('changeTitle', { name: editing.displayName }) : t('add')}</h3>
      ${this._field('name', t('name'), t('nameHint'), this._text('name', 'name', true))}
      <fieldset class="field" aria-describedby=${rolesError ? errorId('role-lived-experience') : 'roles-hint'}>
        <legend>${t('roles')}</legend>
        <p class="hint" id="roles-hint">${t('rolesHint')}</p>
        ${inlineError('role-lived-experience', rolesError, t('errorPrefix'))}
        ${ROLES.map(
          (r) => html`<div class="choice">
            <input type="checkbox" id="role-${r}" .checked=${d.roles.includes(r)}
              @change=${(e: Event) =>
                this._set(
                  'roles',
                  (e.target as HTMLInputElement).checked
                    ? ROLES.filter((x) => x === r || d.roles.includes(x))
                    : d.roles.filter((x) => x !== r),
                )} />
            <label for="role-${r}">${t(r)}</label>
          </div>`,
        )}
      </fieldset>
      ${this._field('hostRef', t('hostRef'), t('hostRefHint'), this._text('hostRef', 'hostRef', true))}
      <fieldset class="field">
        <legend>${t('pay')}</legend>
        ${inlineError('pay-cash', this._errors['pay-cash'], t('errorPrefix'))}
        ${PAY.map(
          ([value, words]) => html`<div class="choice">
            <input type="radio" name="pay" id="pay-${value || 'unsaid'}" .checked=${d.pay === value} @change=${() => this._set('pay', value)} />
            <label for="pay-${value || 'unsaid'}">${t(words)}</label>
          </div>`,
        )}
      </fieldset>
      ${this._field('needs', t('accessNeeds'), t('accessHint'), this._text('needs', 'needs', true))}
      <div class="actions">
        <button id="save" class="button" ?disabled=${this._busy}>${editing ? t('saveChanges') : t('save')}</button>
        ${editing ? html`<button type="button" class="button button--secondary" @click=${() => this._cancel()}>${t('cancel')}</button>` : nothing}
      </div>
    </form>`
  }
}
