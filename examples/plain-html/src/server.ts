import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createCoproduction, memoryStore, type Coproduction } from '@coproduce/core'
import { createHandler, toNodeListener } from '@coproduce/server'
import sirv from 'sirv'

export const MOUNT = '/api/coproduce'
export const INITIATIVE_ID = 'drop-in-hours'
const publicDir = fileURLToPath(new URL('../public', import.meta.url))

const STAFF = { id: 'staff-1', roles: ['staff'] }

/** A demo initiative with one "you said, we did" update, so the page has something to show. */
export async function seed(coproduction: Coproduction): Promise<void> {
  await coproduction.initiatives.create(
    { id: INITIATIVE_ID, title: 'Drop-in hours', purpose: 'Decide together when the drop-in should be open.', problemFraming: 'open' },
    { actor: STAFF },
  )
  await coproduction.updates.publish(
    {
      initiativeId: INITIATIVE_ID,
      youSaid: 'Mornings are hard when you have children to get to school.',
      weDid: 'We now open at 10am on weekdays, not 9am.',
      status: 'done',
    },
    { actor: STAFF },
  )
}

/**
 * The page's whole back end: the static page from `public/`, and the Coproduce API under `/api/coproduce`.
 * Everyone is anonymous here, as on a public feedback page.
 */
export async function startDemo({ port = 0, coproduction }: { port?: number; coproduction?: Coproduction } = {}) {
  const cp = coproduction ?? createCoproduction({ store: memoryStore() })
  if (!coproduction) await seed(cp)
  const api = toNodeListener(createHandler({ coproduction: cp, basePath: MOUNT, authenticate: () => null }))

  // The page and its scripts, from a maintained static file server (no caching: this is a demo).
  const files = sirv(publicDir, { dev: true, dotfiles: false })
  const server: Server = createServer((req, res) => {
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad address') // e.g. a stray % in it
    }
    if (path === MOUNT || path.startsWith(`${MOUNT}/`)) return void api(req, res)
    files(req, res, () => void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    coproduction: cp,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await cp.close()
    },
  }
}
