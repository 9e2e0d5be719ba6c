import { fileURLToPath } from 'node:url'
import { createCoproduction, memoryStore, type Coproduction, type Store } from '@coproduce/core'
import { createApp } from '../app.js'
import type { CasebookDeps } from '../app-env.js'
import { seedDemo } from '../demo/seed.js'
import { shiftableClock } from '../demo/shiftable-clock.js'

export const ORIGIN = 'http://localhost'

/** Casebook with the demo seeded, on the given store (memory by default), and helpers to call it as a browser would. */
export async function casebookTestApp(store: Store = memoryStore(), options: Partial<CasebookDeps> = {}) {
  const clock = shiftableClock()
  const coproduction: Coproduction = createCoproduction({ store, clock })
  await seedDemo(coproduction, clock)
  const elementsDir = fileURLToPath(new URL('./elements-fixture/', import.meta.url))
  const app = createApp({ coproduction, sessionSecret: 'test-secret-for-casebook', elementsDir, demo: true, ...options })

  const request = (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers)
    if (init.cookie) headers.set('cookie', init.cookie)
    return app.request(`${ORIGIN}${path}`, { ...init, headers })
  }
  const post = (path: string, form: Record<string, string | string[]>, cookie?: string) => {
    const body = new URLSearchParams()
    for (const [name, value] of Object.entries(form)) for (const v of [value].flat()) body.append(name, v)
    return request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      ...(cookie ? { cookie } : {}),
    })
  }
  /** Chooses a demo identity on the login page and returns the cookie the browser would keep. */
  const login = async (who: string) => {
    const response = await post('/login', { who })
    const setCookie = response.headers.get('set-cookie')
    if (response.status !== 303 || !setCookie) throw new Error(`login as ${who} failed: ${response.status}`)
    return setCookie.split(';')[0]!
  }
  return { app, coproduction, request, post, login }
}
