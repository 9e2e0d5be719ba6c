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
import { identityFromRequest, SESSION_COOKIE } from './auth/session-cookie.js'
import { isStaffIdentity } from './demo/identities.js'
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

const tooBig = (c: Context, limit: number) =>
  c.text(`This is too big to send: the most Casebook takes is ${Math.floor(limit / 1024)} kB.`, 413)

/** Casebook's own CSS, favicon and scripts. */
export const STATIC_DIR = fileURLToPath(new URL('../static/', import.meta.url))

export function createApp(deps: CasebookDeps): Hono<CasebookEnv> {
  const app = new Hono<CasebookEnv>()
  const limit = deps.bodyLimit ?? DEFAULT_BODY_LIMIT

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
      if (!isStaffIdentity(identity))
        return render(
          c,
          <Layout title="This page is for staff" identity={identity}>
            <h1 class="heading-xl">This page is for staff</h1>
            <p class="body">
              You are signed in as {identity.name}. <a href={identity.home}>Go to your page</a> or{' '}
              <a href={`/login?next=${encodeURIComponent(c.req.path)}`}>change who you are</a>.
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

  app.notFound((c) =>
    render(
      c,
      <Layout title="Page not found" identity={c.get('identity')}>
        <h1 class="heading-xl">Page not found</h1>
        <p class="body">If you typed the web address, check it is correct.</p>
        <p class="body">
          <a href="/">Go to the start</a>
        </p>
      </Layout>,
      404,
    ),
  )

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 403)
      return render(
        c,
        <Layout title="This form came from another website" identity={c.get('identity')}>
          <h1 class="heading-xl">This form came from another website</h1>
          <p class="body">
            To keep you safe, Casebook only takes forms sent from its own pages. <a href="/">Go to the start</a> and try again.
          </p>
        </Layout>,
        403,
      )
    if (isCoproduceError(error) && error.code === 'not-found') return c.notFound()
    if (isCoproduceError(error) && error.code === 'erased')
      return render(
        c,
        <Layout title="This person’s information was removed" identity={c.get('identity')}>
          <h1 class="heading-xl">This person’s information was removed</h1>
          <p class="body">They asked us to remove it, so there is nothing more to see or change about them.</p>
          <p class="body">
            <a href="/">Go to the start</a>
          </p>
        </Layout>,
        410,
      )
    if (isCoproduceError(error) && (error.code === 'forbidden' || error.code === 'consent-required'))
      return render(
        c,
        <Layout title="You cannot do that" identity={c.get('identity')}>
          <h1 class="heading-xl">You cannot do that</h1>
          <p class="body">{error.message}</p>
        </Layout>,
        403,
      )
    console.error(error)
    return render(
      c,
      <Layout title="Sorry, something went wrong" identity={c.get('identity')}>
        <h1 class="heading-xl">Sorry, something went wrong</h1>
        <p class="body">Nothing you did caused this. Try again in a few minutes.</p>
      </Layout>,
      500,
    )
  })

  return app
}
