/**
 * Where vitest serves the test pages. Fixed (and strict), so the real API in global setup can name the one origin
 * it lets call with cookies: the server refuses `origins: '*'` with credentials, as any host's must.
 */
// `CP_BROWSER_PORT` moves it, so two checkouts on one machine can run their browser tests at the same time.
export const BROWSER_PORT =
  Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.CP_BROWSER_PORT) || 63315
export const BROWSER_ORIGINS = [`http://localhost:${BROWSER_PORT}`, `http://127.0.0.1:${BROWSER_PORT}`]
