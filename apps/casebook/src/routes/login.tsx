import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { clearSessionCookie, sessionCookie } from '../auth/session-cookie.js'
import { DEMO_IDENTITIES, findIdentity } from '../demo/identities.js'
import type { FieldErrors } from '../forms/form-errors.js'
import { text } from '../forms/read-form.js'
import { safeNext } from '../auth/safe-next.js'
import { ErrorSummary } from '../views/error-summary.js'
import { Button, Choices } from '../views/fields.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

/** The request came over HTTPS: its own address says so, or (only behind a trusted proxy) X-Forwarded-Proto. */
const isHttps = (c: CasebookContext, trustProxy: boolean): boolean =>
  new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https')

export function loginRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = (c: CasebookContext, errors?: FieldErrors, next?: string) =>
    render(
      c,
      <Layout title="Choose who you are" identity={c.get('identity')} section="login" hasErrors={!!errors}>
        <ErrorSummary errors={errors} />
        <h1 class="heading-xl">Choose who you are</h1>
        <p class="body">
          <strong>This is a demo.</strong> Anyone can pick anyone here, with no password. This is not how real sign-in works.
        </p>
        <p class="body">Pick a person to see Casebook the way they would. You can change at any time.</p>
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

  const notOffered = (c: CasebookContext) =>
    render(
      c,
      <Layout title="Sign-in is not set up" identity={c.get('identity')} section="login">
        <h1 class="heading-xl">Sign-in is not set up</h1>
        <p class="body">
          This Casebook has no way to sign in yet. The demo picker is off in production. To turn it on for a demo, start Casebook with
          CASEBOOK_DEMO=1.
        </p>
      </Layout>,
      404,
    )

  app.get('/login', (c) => (deps.demo ? page(c, undefined, safeNext(c.req.query('next'))) : notOffered(c)))

  app.post('/login', async (c) => {
    if (!deps.demo) return notOffered(c)
    const body = await c.req.parseBody()
    const identity = findIdentity(text(body, 'who'))
    const next = safeNext(text(body, 'next'))
    if (!identity) return page(c, { who: 'Choose who you want to be' }, next)
    c.header('Set-Cookie', await sessionCookie(identity.key, deps.sessionSecret, !!deps.secureCookies || isHttps(c, !!deps.trustProxy)))
    return c.redirect(next ?? identity.home, 303)
  })

  app.post('/logout', (c) => {
    c.header('Set-Cookie', clearSessionCookie())
    return c.redirect('/login', 303)
  })
}
