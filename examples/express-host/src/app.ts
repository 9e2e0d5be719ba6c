import type { Coproduction } from '@coproduce/core'
import { createHandler, toNodeListener } from '@coproduce/server'
import express from 'express'
import type { Sessions } from './session.js'

export const MOUNT = '/api/coproduce'

/**
 * The host app: its own login, its own pages, and the Coproduce API mounted under `/api/coproduce`.
 * The API learns who is calling from the host's session cookie, through `authenticate`.
 */
export function createApp({ coproduction, sessions }: { coproduction: Coproduction; sessions: Sessions }) {
  const handler = createHandler({
    coproduction,
    basePath: MOUNT,
    authenticate: (request) => {
      const user = sessions.userFor(request.headers.get('cookie'))
      return user ? { id: user.id, roles: user.staff ? ['staff'] : [] } : null
    },
  })

  const app = express()
  app.disable('x-powered-by')

  // The host's own login. Your app has one already; this one is as small as it can be.
  app.post('/login', express.json(), (req, res) => {
    const { email, password } = (req.body ?? {}) as { email?: string; password?: string }
    const signedIn = sessions.signIn(String(email ?? ''), String(password ?? ''))
    if (!signedIn) {
      res.status(401).json({ message: 'That email and password do not match.' })
      return
    }
    res.setHeader('set-cookie', sessions.cookie(signedIn.sid))
    res.json({ id: signedIn.user.id, name: signedIn.user.name, staff: signedIn.user.staff })
  })

  app.post('/logout', (req, res) => {
    sessions.signOut(req.headers.cookie)
    res.setHeader('set-cookie', sessions.clearCookie())
    res.status(204).end()
  })

  // Coproduce: every method, every path under the mount. No body parser here: the handler reads the body itself.
  const coproduce = toNodeListener(handler)
  app.all(`${MOUNT}`, (req, res) => void coproduce(req, res))
  app.all(`${MOUNT}/{*rest}`, (req, res) => void coproduce(req, res))

  app.get('/', (_req, res) => {
    res.type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Housing</title></head>
<body><main><h1>Acme Housing</h1><p>The Coproduce API is at <a href="${MOUNT}/openapi.json">${MOUNT}</a>.</p></main></body></html>`)
  })

  return app
}
