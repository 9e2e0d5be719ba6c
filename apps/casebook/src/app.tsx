import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import { isCoproduceError } from '@coproduce/core'
import { createHandler, DEFAULT_BODY_LIMIT } from '@coproduce/server'
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { API_BASE } from './api-base.js'
import type { CasebookDeps, CasebookEnv } from './app-env.js'
import { authenticateWith } from './auth/authenticate.js'
import { isHttps } from './auth/is-https.js'
import { identityFromRequest, SESSION_COOKIE } from './auth/session-cookie.js'
import { isStaffIdentity } from './demo/identities.js'
import { chooseLanguage, wordsOf } from './i18n/language.js'
import { caseloadRoutes } from './routes/caseload.js'
import { impactRoutes } from './routes/impact.js'
import { decisionsRoutes } from './routes/initiative/decisions.js'
import { feedbackRoutes } from './routes/initiative/feedback.js'
import { memberChoicesRoutes } from './routes/initiative/member-choices.js'
import { membersRoutes } from './routes/initiative/members.js'
import { overviewRoutes } from './routes/initiative/overview.js'
import { paymentsRoutes } from './routes/initiative/payments.js'
import { principlesRoutes } from './routes/initiative/principles.js'
import { sessionsRoutes } from './routes/initiative/sessions.js'
import { updatesRoutes } from './routes/initiative/updates.js'
import { loginRoutes } from './routes/login.js'
import { takePartRoutes } from './routes/take-part.js'
import { Layout } from './views/layout.js'
import { render } from './views/render.js'

const tooBig = (c: Context, limit: number) => c.text(wordsOf(c)('error.tooBig', { kb: Math.floor(limit / 1024) }), 413)

/** Casebook's own CSS, favicon and scripts. */
export const STATIC_DIR = fileURLToPath(new URL('../static/', import.meta.url))

export function createApp(deps: CasebookDeps): Hono<CasebookEnv> {
  const app = new Hono<CasebookEnv>()
  const limit = deps.bodyLimit ?? DEFAULT_BODY_LIMIT

  // Each page in English or Welsh: `?lang=`, then the choice kept from it, then the browser's languages.
  app.use('*', chooseLanguage({ secure: (c) => !!deps.secureCookies || isHttps(c, !!deps.trustProxy) }))

  // One limit for every form and the API, checked before anything reads the body.
  app.use('*', bodyLimit({ maxSize: limit, onError: (c) => tooBig(c, limit) }))

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  )

  // The Coproduce API, for the widgets. It finds out who is calling from the same login cookie.
  const api = createHandler({
    coproduction: deps.coproduction,
    authenticate: authenticateWith(deps.sessionSecret),
    basePath: API_BASE,
    bodyLimit: limit,
    openapi: { security: { cookie: SESSION_COOKIE } },
  })
  app.mount(API_BASE, api)

  app.use(
    '/static/elements/*',
    serveStatic({ root: deps.elementsDir, rewriteRequestPath: (path) => path.replace(/^\/static\/elements/, '') }),
  )
  app.use('/static/*', serveStatic({ root: STATIC_DIR, rewriteRequestPath: (path) => path.replace(/^\/static/, '') }))
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301))

  // Forms only from this site.
  app.use('*', csrf())
  app.use('*', async (c, next) => {
    c.set('identity', await identityFromRequest(c.req.raw, deps.sessionSecret))
    await next()
  })

  // Staff pages: the caseload and the initiative's workspace.
  for (const path of ['/caseload', '/cases/*', '/initiatives/*']) {
    app.use(path, async (c, next) => {
      const identity = c.get('identity')
      if (!identity) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303)
      const t = wordsOf(c)
      if (!isStaffIdentity(identity))
        return render(
          c,
          <Layout title={t('error.staffOnly')} identity={identity}>
            <h1 class="heading-xl">{t('error.staffOnly')}</h1>
            <p class="body">
              {t('error.staffOnlyText', { name: identity.name })} <a href={identity.home}>{t('error.goToYourPage')}</a> {t('error.or')}{' '}
              <a href={`/login?next=${encodeURIComponent(c.req.path)}`}>{t('error.changeWho')}</a>.
            </p>
          </Layout>,
          403,
        )
      await next()
    })
  }

  app.get('/', (c) => c.redirect(c.get('identity')?.home ?? '/login', 303))
  loginRoutes(app, deps)
  caseloadRoutes(app, deps)
  overviewRoutes(app, deps)
  membersRoutes(app, deps)
  memberChoicesRoutes(app, deps)
  sessionsRoutes(app, deps)
  paymentsRoutes(app, deps)
  feedbackRoutes(app, deps)
  updatesRoutes(app, deps)
  decisionsRoutes(app, deps)
  principlesRoutes(app, deps)
  takePartRoutes(app, deps)
  impactRoutes(app, deps)

  app.notFound((c) => {
    const t = wordsOf(c)
    return render(
      c,
      <Layout title={t('error.notFound')} identity={c.get('identity')}>
        <h1 class="heading-xl">{t('error.notFound')}</h1>
        <p class="body">{t('error.notFoundText')}</p>
        <p class="body">
          <a href="/">{t('error.goToStart')}</a>
        </p>
      </Layout>,
      404,
    )
  })

  app.onError((error, c) => {
    const t = wordsOf(c)
    if (error instanceof HTTPException && error.status === 403)
      return render(
        c,
        <Layout title={t('error.otherSite')} identity={c.get('identity')}>
          <h1 class="heading-xl">{t('error.otherSite')}</h1>
          <p class="body">
            {t('error.otherSiteText')} <a href="/">{t('error.goToStart')}</a> {t('error.tryAgain')}
          </p>
        </Layout>,
        403,
      )
    if (isCoproduceError(error) && error.code === 'not-found') return c.notFound()
    if (isCoproduceError(error) && error.code === 'erased')
      return render(
        c,
        <Layout title={t('error.erased')} identity={c.get('identity')}>
          <h1 class="heading-xl">{t('error.erased')}</h1>
          <p class="body">{t('error.erasedText')}</p>
          <p class="body">
            <a href="/">{t('error.goToStart')}</a>
          </p>
        </Layout>,
        410,
      )
    if (isCoproduceError(error) && (error.code === 'forbidden' || error.code === 'consent-required'))
      return render(
        c,
        <Layout title={t('error.cannot')} identity={c.get('identity')}>
          <h1 class="heading-xl">{t('error.cannot')}</h1>
          <p class="body">{error.message}</p>
        </Layout>,
        403,
      )
    console.error(error)
    return render(
      c,
      <Layout title={t('error.wrong')} identity={c.get('identity')}>
        <h1 class="heading-xl">{t('error.wrong')}</h1>
        <p class="body">{t('error.wrongText')}</p>
      </Layout>,
      500,
    )
  })

  return app
}
