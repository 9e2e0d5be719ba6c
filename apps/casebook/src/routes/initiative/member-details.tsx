import { CoproduceError, type Member, type MemberPatch, MemberPatchSchema } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import type { FormBody } from '../../forms/read-form.js'
import { Button } from '../../views/fields.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'
import { checkMemberForm, MEMBER_PLAIN_WORDS, MemberFields, memberDetailsFrom } from './member-fields.js'

/** The member as the form shows them before anything is changed. */
const bodyOf = (member: Member): FormBody => ({
  displayName: member.displayName,
  roles: member.roles,
  hostRef: member.hostRef ?? '',
  paymentPreference: member.paymentPreference ?? '',
  accessNeeds: (member.accessNeeds ?? []).join(', '),
})

/**
 * Staff correct a member's details, or write down that they have left the group. A member of another group (or
 * of another organisation) is "not found", as if there were none.
 */
export function memberDetailsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const load = async (c: CasebookContext) => {
    const initiative = await loadInitiative(c, deps)
    const member = await deps.coproduction.members.get(c.req.param('memberId') ?? '', { actor: actorOf(c) })
    if (member.initiativeId !== initiative.id) throw new CoproduceError('not-found', 'There is no such member', [])
    return { initiative, member }
  }
  const membersUrl = (initiativeId: string) => `/initiatives/${encodeURIComponent(initiativeId)}/members`

  const page = async (c: CasebookContext, form?: { body: FormBody; errors: FieldErrors }) => {
    const { initiative, member } = await load(c)
    const here = `${membersUrl(initiative.id)}/${encodeURIComponent(member.id)}`
    return render(
      c,
      <InitiativePage initiative={initiative} tab="members" identity={c.get('identity')} errors={form?.errors}>
        <a href={membersUrl(initiative.id)} class="back-link">
          Back to members
        </a>
        <form method="post" action={`${here}/details`} novalidate class="panel">
          <h2 class="heading-l">Change {member.displayName}’s details</h2>
          <MemberFields body={form?.body ?? bodyOf(member)} errors={form?.errors} />
          <Button>Save changes</Button>
        </form>
        {member.leftAt ? (
          <p class="body">{member.displayName} has left the group.</p>
        ) : (
          <form method="post" action={`${here}/leave`} class="panel">
            <h2 class="heading-m">Has {member.displayName} left the group?</h2>
            <p class="body">
              What they told us and the thanks they got stay as they are. They will not be asked for their view on new questions. If they
              want us to delete what we hold about them, they can do that from “My data”.
            </p>
            <Button secondary>{member.displayName} has left</Button>
          </form>
        )}
      </InitiativePage>,
      form ? 422 : 200,
    )
  }

  app.get('/initiatives/:id/members/:memberId/details', (c) => page(c))

  app.post('/initiatives/:id/members/:memberId/details', async (c) => {
    const { initiative, member } = await load(c)
    const body = await c.req.parseBody({ all: true })
    const details = memberDetailsFrom(body)
    // An emptied box clears that detail; the name and the ways they take part cannot be emptied.
    const patch: MemberPatch = {
      displayName: details.displayName,
      roles: details.roles,
      hostRef: details.hostRef ?? null,
      paymentPreference: details.paymentPreference ?? null,
      accessNeeds: details.accessNeeds ?? null,
    }
    const result = await tryForm(async () => {
      checkMemberForm(MemberPatchSchema, patch, details.hostRef)
      return deps.coproduction.members.change(member.id, patch, { actor: actorOf(c) })
    }, MEMBER_PLAIN_WORDS)
    if (!result.ok) return page(c, { body, errors: result.errors })
    return c.redirect(`${membersUrl(initiative.id)}?done=member-changed#${encodeURIComponent(member.id)}`, 303)
  })

  app.post('/initiatives/:id/members/:memberId/leave', async (c) => {
    const { initiative, member } = await load(c)
    await deps.coproduction.members.leave(member.id, { actor: actorOf(c) })
    return c.redirect(`${membersUrl(initiative.id)}?done=member-left#${encodeURIComponent(member.id)}`, 303)
  })
}
