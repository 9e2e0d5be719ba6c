import type { Coproduction } from '@coproduce/core'
import type { Context, Hono } from 'hono'
import type { DemoIdentity } from './demo/identities.js'

export interface CasebookDeps {
  coproduction: Coproduction
  /** Signs the login cookie. */
  sessionSecret: string
  /** The built `@coproduce/elements` dist folder, served under /static/elements/. */
  elementsDir: string
  /** Set the cookie's Secure flag (behind HTTPS). */
  secureCookies?: boolean
}

export interface CasebookEnv {
  Variables: { identity: DemoIdentity | undefined }
}

export type CasebookApp = Hono<CasebookEnv>
export type CasebookContext = Context<CasebookEnv>
