import { CoproduceError, MEMBER_ROLES, type Member, type MemberInput } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { CASELOAD } from '../../demo/caseload.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import { list, text, type FormBody } from '../../forms/read-form.js'
import { Button, Choices, TextInput } from '../../views/fields.js'
import { formatDate, roleWords } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative, noticeFrom } from './load.js'

const PLAIN_WORDS = {
  displayName: 'Enter the name they want to be called',
  roles: 'Choose at least one way they take part',
  hostRef: 'Choose a case from the list',
  paymentPreference: 'Choose how they would like to be paid',
  accessNeeds: 'Check what helps them take part',
}

const CONSENT_WORDS: Record<string, string> = {
  given: 'Yes',
  refused: 'No',
  withdrawn: 'No (changed their mind)',
  expired: 'No (ran out)',
  none: 'Not asked yet',
}

export function membersRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = async (c: CasebookContext, form?: { body: FormBody; errors: FieldErrors }) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const members = await deps.coproduction.members.list(initiative.id, ctx)
    const namedIn = await Promise.all(
      members.map(async (member) => {
        // A removed person has no choices left to show: their data is gone.
        if (member.erasedAt) return undefined
        const current = await deps.coproduction.consent.current(member.id, ctx)
        return current.find((consent) => consent.purposeId === 'credit-by-name')?.status ?? 'none'
      }),
    )
    const body = form?.body ?? {}
    return render(
      c,
      <InitiativePage initiative={initiative} tab="members" identity={c.get('identity')} errors={form?.errors} notice={noticeFrom(c)}>
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">Members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">How they take part</th>
              <th scope="col">Joined</th>
              <th scope="col">Case</th>
              <th scope="col">Agreed to be named in credits</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member: Member, index) => (
              <tr id={member.id}>
                <td>
                  {member.erasedAt ? <em>Removed at their request on {formatDate(member.erasedAt)}</em> : member.displayName}
                  {member.leftAt && !member.erasedAt ? ' (has left)' : ''}
                </td>
                <td data-label="How they take part">{member.roles.map(roleWords).join(', ')}</td>
                <td data-label="Joined">{formatDate(member.joinedAt)}</td>
                <td data-label="Case">{member.hostRef ? <a href={`/cases/${member.hostRef}`}>{member.hostRef}</a> : '–'}</td>
                <td data-label="Named in credits">
                  {member.erasedAt ? (
                    '–'
                  ) : (
                    <>
                      {CONSENT_WORDS[namedIn[index] ?? 'none']}{' '}
                      <a href={`/initiatives/${encodeURIComponent(initiative.id)}/members/${encodeURIComponent(member.id)}/choices`}>
                        Write down a choice given on paper or by phone<span class="visually-hidden">: {member.displayName}</span>
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" novalidate class="panel">
          <h3 class="heading-m">Add a member</h3>
          <TextInput
            name="displayName"
            label="Name"
            hint="The name they want to be called."
            value={text(body, 'displayName')}
            errors={form?.errors}
            autocomplete="off"
          />
          <Choices
            type="checkbox"
            name="roles"
            label="How do they take part?"
            hint="Choose all that apply."
            values={list(body, 'roles')}
            errors={form?.errors}
            small
            options={MEMBER_ROLES.map((role) => ({ value: role, label: roleWords(role) }))}
          />
          <TextInput
            name="hostRef"
            label="Case reference (optional)"
            hint="If they have a case in Casebook, for example CB-1042."
            value={text(body, 'hostRef')}
            errors={form?.errors}
            width="medium"
          />
          <Choices
            type="radio"
            name="paymentPreference"
            label="How would they like to be paid?"
            values={[text(body, 'paymentPreference') ?? '']}
            errors={form?.errors}
            small
            options={[
              { value: 'cash', label: 'Cash' },
              { value: 'voucher', label: 'Vouchers' },
              { value: 'none', label: 'They do not want to be paid' },
            ]}
          />
          <TextInput
            name="accessNeeds"
            label="What helps them take part? (optional)"
            hint="For example: step-free access, large print. Put a comma between each one."
            value={text(body, 'accessNeeds')}
            errors={form?.errors}
          />
          <Button>Add member</Button>
        </form>
      </InitiativePage>,
      form ? 422 : 200,
    )
  }

  app.get('/initiatives/:id/members', (c) => page(c))

  app.post('/initiatives/:id/members', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const body = await c.req.parseBody({ all: true })
    const hostRef = text(body, 'hostRef')?.toUpperCase()
    const input: MemberInput = {
      initiativeId: initiative.id,
      displayName: text(body, 'displayName') as string,
      roles: list(body, 'roles') as MemberInput['roles'],
      ...(hostRef ? { hostRef } : {}),
      ...(text(body, 'paymentPreference')
        ? { paymentPreference: text(body, 'paymentPreference') as MemberInput['paymentPreference'] }
        : {}),
      ...(text(body, 'accessNeeds')
        ? {
            accessNeeds: text(body, 'accessNeeds')!
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : {}),
    }
    const result = await tryForm(async () => {
      if (hostRef && !CASELOAD.some((record) => record.ref === hostRef))
        throw new CoproduceError('validation', 'Some answers need checking', [
          { path: ['hostRef'], message: `There is no case ${hostRef}. Check the reference or leave it empty.` },
        ])
      return deps.coproduction.members.join(input, { actor: actorOf(c) })
    }, PLAIN_WORDS)
    if (!result.ok) return page(c, { body, errors: result.errors })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/members?done=member#${result.value.id}`, 303)
  })
}
