import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Sends a server-rendered page with its doctype. */
export async function render(c: Context, page: unknown, status: ContentfulStatusCode = 200): Promise<Response> {
  const body = await (page as { toString(): string | Promise<string> }).toString()
  return c.html(`<!doctype html>${body}`, status)
}
