/**
 * Node side of the browser tests: a real HTTP server running the real `@coproduce/server` handler over the real
 * core service, plus the CSP test pages. Started once by `global-setup.ts`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FetchHandler = (request: Request) => Promise<Response>

export interface StaticFile {
  body: string
  type: string
  headers?: Record<string, string>
}

export interface TestServer {
  url: string
  /** When false, every API connection is dropped before an answer: the server cannot be reached. */
  setReachable(reachable: boolean): void
  /** How many API requests arrived (answered or dropped). */
  requests(): number
  close(): Promise<void>
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.set(name, value)
  }
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks)
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body })
}

async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  res.writeHead(response.status, headers)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/** Serve each handler under its mount (e.g. `/api`), and `files` at their paths. */
export async function startTestServer(options: {
  mounts: Record<string, FetchHandler>
  files: Record<string, StaticFile>
}): Promise<TestServer> {
  let reachable = true
  let count = 0
  let origin = ''
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const mount = Object.keys(options.mounts).find((m) => path === m || path.startsWith(`${m}/`))
    if (mount) {
      count += 1
      const handler = options.mounts[mount]
      if (!reachable || !handler) {
        req.socket.destroy()
        return
      }
      void (async () => {
        try {
          const request = await toRequest(req, origin)
          const url = new URL(request.url)
          url.pathname = url.pathname.slice(mount.length) || '/'
          await sendResponse(res, await handler(new Request(url, request)))
        } catch (error) {
          res.writeHead(500, { 'content-type': 'text/plain' })
          res.end(String(error))
        }
      })()
      return
    }
    const file = options.files[path]
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...file.headers })
    res.end(file.body)
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve) => server.listen(0, resolve))
  const { port } = server.address() as AddressInfo
  origin = `http://localhost:${port}`
  return {
    url: origin,
    setReachable(value) {
      reachable = value
      if (!value) server.closeIdleConnections()
    },
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
