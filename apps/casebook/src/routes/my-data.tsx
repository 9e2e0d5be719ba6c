import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { clearSessionCookie } from '../auth/session-cookie.js'
import type { DemoIdentity } from '../demo/identities.js'
import { Button } from '../views/fields.js'
import { wordsOf } from '../i18n/language.js'
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
    const t = wordsOf(c)
    return render(
      c,
      <Layout title={t('remove.title')} identity={member} section="take-part">
        <a href="/take-part#your-data" class="back-link">
          {t('remove.back')}
        </a>
        <h1 class="heading-xl">{t('remove.question')}</h1>
        <p class="body">{t('remove.ifYes')}</p>
        <ul class="list list--bullet">
          <li>{t('remove.words')}</li>
          <li>{t('remove.credits')}</li>
          <li>{t('remove.numbers')}</li>
          <li>{t('remove.choices')}</li>
        </ul>
        <div class="warning-text">
          <strong>{t('remove.cannotUndo')}</strong> {t('remove.again')}
        </div>
        <p class="body">
          <a href="/take-part/my-data" download="my-data.json">
            {t('remove.downloadFirst')}
          </a>{' '}
          {t('remove.copy')}
        </p>
        <form method="post" action="/take-part/remove-my-data">
          <Button warning>{t('remove.yes')}</Button>
        </form>
        <p class="body">
          <a href="/take-part">{t('remove.no')}</a>
        </p>
      </Layout>,
    )
  })

  app.post('/take-part/remove-my-data', async (c) => {
    const member = memberOf(c)
    if (!member) return signIn(c)
    await deps.coproduction.erase(member.memberId, { actor: member.actor })
    c.header('Set-Cookie', clearSessionCookie())
    const t = wordsOf(c)
    return render(
      c,
      <Layout title={t('removed.title')} identity={undefined}>
        <div class="panel" role="status">
          <h1 class="heading-xl">{t('removed.title')}</h1>
        </div>
        <p class="body">{t('removed.text')}</p>
        <p class="body">
          {t('removed.signedOut')} <a href="/take-part">{t('error.goToStart')}</a>
        </p>
      </Layout>,
    )
  })
}
