import type { Context } from 'hono'

/** The request came over HTTPS: its own address says so, or (only behind a trusted proxy) X-Forwarded-Proto. */
export const isHttps = (c: Context, trustProxy: boolean): boolean =>
  new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https')
