import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { clearSessionCookie } from '../auth/session-cookie.js'
import type { DemoIdentity } from '../demo/identities.js'
import { Button } from '../views/fields.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

/** A signed-in member, or a redirect to the login picker that comes back here. */
function memberOf(c: CasebookContext): (DemoIdentity & { memberId: string }) | undefined {
  const identity = c.get('identity')
  return identity?.memberId && identity.actor ? (identity as DemoIdentity & { memberId: string }) : undefined
}

const signIn = (c: CasebookContext) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303)

/**
 * A person's own data: download everything kept about them, or remove it. Both go through the same core calls
 * the API uses (`exports.member` and `erase`), so the person gets exactly what a request to staff would give.
 */
export function myDataRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/take-part/my-data', async (c) => {
    const member = memberOf(c)
    if (!member) return signIn(c)
    const data = await deps.coproduction.exports.member(member.memberId, { actor: member.actor })
    c.header('Content-Disposition', 'attachment; filename="my-data.json"')
    c.header('Cache-Control', 'no-store')
    return c.json(data)
  })

  app.get('/take-part/remove-my-data', (c) => {
    const member = memberOf(c)
    if (!member) return signIn(c)
    return render(
      c,
      <Layout title="Remove your data" identity={member} section="take-part">
        <a href="/take-part#your-data" class="back-link">
          Back
        </a>
        <h1 class="heading-xl">Do you want us to remove your data?</h1>
        <p class="body">If you say yes:</p>
        <ul class="list list--bullet">
          <li>we remove your name, your contact details and everything you wrote</li>
          <li>your name comes off every update that thanks you</li>
          <li>we keep only numbers that do not say who you are, such as how many people gave feedback</li>
          <li>we keep a note of the choices you made, without your words, because the law asks us to show them</li>
        </ul>
        <div class="warning-text">
          <strong>You cannot undo this.</strong> If you want to take part again later, you will join as someone new.
        </div>
        <p class="body">
          <a href="/take-part/my-data" download="my-data.json">
            Download your data first
          </a>{' '}
          if you want to keep a copy.
        </p>
        <form method="post" action="/take-part/remove-my-data">
          <Button warning>Yes, remove my data</Button>
        </form>
        <p class="body">
          <a href="/take-part">No, keep my data</a>
        </p>
      </Layout>,
    )
  })

  app.post('/take-part/remove-my-data', async (c) => {
    const member = memberOf(c)
    if (!member) return signIn(c)
    await deps.coproduction.erase(member.memberId, { actor: member.actor })
    c.header('Set-Cookie', clearSessionCookie())
    return render(
      c,
      <Layout title="Your data has been removed" identity={undefined}>
        <div class="panel" role="status">
          <h1 class="heading-xl">Your data has been removed</h1>
        </div>
        <p class="body">We removed your name, your contact details and everything you wrote. Thank you for taking part.</p>
        <p class="body">
          You are now signed out. <a href="/take-part">Go to the start</a>
        </p>
      </Layout>,
    )
  })
}
