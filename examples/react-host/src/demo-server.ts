import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { createCoproduction, memoryStore } from '@coproduce/core'
import { createHandler, toNodeListener } from '@coproduce/server'

export const MOUNT = '/api/coproduce'
export const INITIATIVE_ID = 'drop-in-hours'
const STAFF = { actor: { id: 'staff-1', roles: ['staff'] } }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** Serve the built React app from `dir` and the Coproduce API under `/api/coproduce`, on a free port. */
export async function startDemo(dir: string, port = 0) {
  const coproduction = createCoproduction({ store: memoryStore() })
  await coproduction.initiatives.create(
    { id: INITIATIVE_ID, title: 'Drop-in hours', purpose: 'Decide together when the drop-in should be open.' },
    STAFF,
  )
  await coproduction.updates.publish(
    { initiativeId: INITIATIVE_ID, youSaid: 'Text people the day before.', weDid: 'We now send a text reminder the day before each session.', status: 'done' },
    STAFF,
  )
  const api = toNodeListener(createHandler({ coproduction, basePath: MOUNT, authenticate: () => null }))
  const server: Server = createServer((req, res) => {
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad address') // e.g. a stray % in it
    }
    if (path === MOUNT || path.startsWith(`${MOUNT}/`)) return void api(req, res)
    let file = normalize(join(dir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end()
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html')
      statSync(file)
    } catch {
      return void res.writeHead(404).end('Not found')
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
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
