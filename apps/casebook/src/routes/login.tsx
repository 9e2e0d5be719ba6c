import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { clearSessionCookie, sessionCookie } from '../auth/session-cookie.js'
import { DEMO_IDENTITIES, findIdentity } from '../demo/identities.js'
import type { FieldErrors } from '../forms/form-errors.js'
import { text } from '../forms/read-form.js'
import { ErrorSummary } from '../views/error-summary.js'
import { Button, Choices } from '../views/fields.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

/** Only paths on this site, so a link cannot send someone elsewhere after they choose. */
const safeNext = (next: string | undefined): string | undefined =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : undefined

export function loginRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = (c: CasebookContext, errors?: FieldErrors, next?: string) =>
    render(
      c,
      <Layout title="Choose who you are" identity={c.get('identity')} section="login" hasErrors={!!errors}>
        <ErrorSummary errors={errors} />
        <h1 class="heading-xl">Choose who you are</h1>
        <p class="body">
          This demo has no passwords. Pick a person to see Casebook the way they would. You can change at any time.
        </p>
        <form method="post" action="/login" novalidate>
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <Choices
            type="radio"
            name="who"
            label="Who do you want to be?"
            legendClass="fieldset__legend fieldset__legend--m"
            errors={errors}
            values={c.get('identity') ? [c.get('identity')!.key] : []}
            options={DEMO_IDENTITIES.map((identity) => ({ value: identity.key, label: identity.name, hint: identity.description }))}
          />
          <Button>Continue</Button>
        </form>
      </Layout>,
      errors ? 422 : 200,
    )

  app.get('/login', (c) => page(c, undefined, safeNext(c.req.query('next'))))

  app.post('/login', async (c) => {
    const body = await c.req.parseBody()
    const identity = findIdentity(text(body, 'who'))
    const next = safeNext(text(body, 'next'))
    if (!identity) return page(c, { who: 'Choose who you want to be' }, next)
    c.header('Set-Cookie', await sessionCookie(identity.key, deps.sessionSecret, !!deps.secureCookies))
    return c.redirect(next ?? identity.home, 303)
  })

  app.post('/logout', (c) => {
    c.header('Set-Cookie', clearSessionCookie())
    return c.redirect('/login', 303)
  })
}
