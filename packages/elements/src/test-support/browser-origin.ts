/**
 * Where vitest serves the test pages. Fixed (and strict), so the real API in global setup can name the one origin
 * it lets call with cookies: the server refuses `origins: '*'` with credentials, as any host's must.
 */
export const BROWSER_PORT = 63315
export const BROWSER_ORIGINS = [`http://localhost:${BROWSER_PORT}`, `http://127.0.0.1:${BROWSER_PORT}`]
