import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { clearSessionCookie, sessionCookie } from '../auth/session-cookie.js'
import { DEMO_IDENTITIES, findIdentity } from '../demo/identities.js'
import type { FieldErrors } from '../forms/form-errors.js'
import { text } from '../forms/read-form.js'
import { isHttps } from '../auth/is-https.js'
import { safeNext } from '../auth/safe-next.js'
import { wordsOf } from '../i18n/language.js'
import { ErrorSummary } from '../views/error-summary.js'
import { Button, Choices } from '../views/fields.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

export function loginRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = (c: CasebookContext, errors?: FieldErrors, next?: string) => {
    const t = wordsOf(c)
    return render(
      c,
      <Layout title={t('login.title')} identity={c.get('identity')} section="login" hasErrors={!!errors}>
        <ErrorSummary errors={errors} />
        <h1 class="heading-xl">{t('login.title')}</h1>
        <p class="body">
          <strong>{t('login.demo')}</strong> {t('login.demoText')}
        </p>
        <p class="body">{t('login.pick')}</p>
        <form method="post" action="/login" novalidate>
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <Choices
            type="radio"
            name="who"
            label={t('login.who')}
            legendClass="fieldset__legend fieldset__legend--m"
            errors={errors}
            values={c.get('identity') ? [c.get('identity')!.key] : []}
            options={DEMO_IDENTITIES.map((identity) => ({
              value: identity.key,
              label: identity.key === 'visitor' ? t('who.visitorName') : identity.name,
              hint: t(identity.description),
            }))}
          />
          <Button>{t('login.continue')}</Button>
        </form>
      </Layout>,
      errors ? 422 : 200,
    )
  }

  const notOffered = (c: CasebookContext) => {
    const t = wordsOf(c)
    return render(
      c,
      <Layout title={t('login.off')} identity={c.get('identity')} section="login">
        <h1 class="heading-xl">{t('login.off')}</h1>
        <p class="body">{t('login.offText')}</p>
      </Layout>,
      404,
    )
  }

  app.get('/login', (c) => (deps.demo ? page(c, undefined, safeNext(c.req.query('next'))) : notOffered(c)))

  app.post('/login', async (c) => {
    if (!deps.demo) return notOffered(c)
    const body = await c.req.parseBody()
    const identity = findIdentity(text(body, 'who'))
    const next = safeNext(text(body, 'next'))
    if (!identity) return page(c, { who: wordsOf(c)('login.whoError') }, next)
    c.header('Set-Cookie', await sessionCookie(identity.key, deps.sessionSecret, !!deps.secureCookies || isHttps(c, !!deps.trustProxy)))
    return c.redirect(next ?? identity.home, 303)
  })

  app.post('/logout', (c) => {
    c.header('Set-Cookie', clearSessionCookie())
    return c.redirect('/login', 303)
  })
}
