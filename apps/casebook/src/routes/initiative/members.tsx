import { type Member, type MemberInput, MemberInputSchema } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import type { FormBody } from '../../forms/read-form.js'
import { Button } from '../../views/fields.js'
import { formatDate, roleWords } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative, noticeFrom } from './load.js'
import { checkMemberForm, MEMBER_PLAIN_WORDS, MemberFields, memberDetailsFrom } from './member-fields.js'

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
                  {member.erasedAt ? null : (
                    <>
                      {' '}
                      <a href={`/initiatives/${encodeURIComponent(initiative.id)}/members/${encodeURIComponent(member.id)}/details`}>
                        Change<span class="visually-hidden"> {member.displayName}’s details</span>
                      </a>
                    </>
                  )}
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
          <MemberFields body={body} errors={form?.errors} />
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
    const { hostRef, paymentPreference, accessNeeds, ...named } = memberDetailsFrom(body)
    const input: MemberInput = {
      initiativeId: initiative.id,
      ...named,
      ...(hostRef ? { hostRef } : {}),
      ...(paymentPreference ? { paymentPreference } : {}),
      ...(accessNeeds ? { accessNeeds } : {}),
    }
    const result = await tryForm(async () => {
      checkMemberForm(MemberInputSchema, input, hostRef)
      return deps.coproduction.members.join(input, { actor: actorOf(c) })
    }, MEMBER_PLAIN_WORDS)
    if (!result.ok) return page(c, { body, errors: result.errors })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/members?done=member#${result.value.id}`, 303)
  })
}
