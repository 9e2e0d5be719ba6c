import type { Actor } from '@coproduce/core'
import { identityFromRequest } from './session-cookie.js'

/** The hook `@coproduce/server` calls on every API request: maps the login cookie to a Coproduce actor. */
export const authenticateWith =
  (secret: string) =>
  async (request: Request): Promise<Actor | null> =>
    (await identityFromRequest(request, secret))?.actor ?? null
