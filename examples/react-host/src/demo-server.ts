import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createCoproduction, memoryStore } from '@coproduce/core'
import { createHandler, toNodeListener } from '@coproduce/server'
import sirv from 'sirv'

export const MOUNT = '/api/coproduce'
export const INITIATIVE_ID = 'drop-in-hours'
const STAFF = { actor: { id: 'staff-1', roles: ['staff'] } }

/** Serve the built React app from `dir` and the Coproduce API under `/api/coproduce`, on a free port. */
export async function startDemo(dir: string, port = 0) {
  const coproduction = createCoproduction({ store: memoryStore() })
  await coproduction.initiatives.create(
    { id: INITIATIVE_ID, title: 'Drop-in hours', purpose: 'Decide together when the drop-in should be open.' },
    STAFF,
  )
  await coproduction.updates.publish(
    {
      initiativeId: INITIATIVE_ID,
      youSaid: 'Text people the day before.',
      weDid: 'We now send a text reminder the day before each session.',
      status: 'done',
    },
    STAFF,
  )
  const api = toNodeListener(createHandler({ coproduction, basePath: MOUNT, authenticate: () => null }))
  // The page and its scripts, from a maintained static file server (no caching: this is a demo).
  const files = sirv(dir, { dev: true, dotfiles: false })
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
    coproduction,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await coproduction.close()
    },
  }
}
