import { createAdaptorServer, getRequestListener } from '@hono/node-server'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FetchHandler } from '../handler/create-handler.js'
import { problem, problemResponse } from '../http/problem.js'

export interface ServeOptions {
  /** Default 0: any free port. */
  port?: number
  /** Default `127.0.0.1`. */
  hostname?: string
  /** Serve only under this path, e.g. `/api/coproduce`; other addresses get a 404 problem. `url` stays the origin. */
  basePath?: string
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:43121` */
  url: string
  server: Server
  close(): Promise<void>
}

function underBasePath(handler: FetchHandler, basePath: string | undefined): FetchHandler {
  const base = basePath?.replace(/\/+$/, '')
  if (!base) return handler
  return async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === base || pathname.startsWith(`${base}/`)) return handler(request)
    return problemResponse(problem('not-found', 'There is nothing at this address'))
  }
}

/** Serve a Fetch handler with Node's http module. Resolves once it listens. */
export async function serve(handler: FetchHandler, options: ServeOptions = {}): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1'
  const server = createAdaptorServer({ fetch: underBasePath(handler, options.basePath), hostname }) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, hostname, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const host = hostname.includes(':') ? `[${hostname}]` : hostname
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/** A Node `(req, res)` listener for Express, Fastify (`reply.hijack()`), Koa or plain `http.createServer`. */
export function toNodeListener(handler: FetchHandler): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return getRequestListener(handler) as (req: IncomingMessage, res: ServerResponse) => Promise<void>
}
