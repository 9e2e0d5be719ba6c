import type { Coproduction } from '@coproduce/core'
import type { Context, Hono } from 'hono'
import type { DemoIdentity } from './demo/identities.js'

export interface CasebookDeps {
  coproduction: Coproduction
  /** Signs the login cookie. */
  sessionSecret: string
  /** The built `@coproduce/elements` dist folder, served under /static/elements/. */
  elementsDir: string
  /** Always set the cookie's Secure flag (production). It is set on HTTPS requests anyway. */
  secureCookies?: boolean
  /** Believe `X-Forwarded-Proto` when deciding whether a request came over HTTPS. Default false. */
  trustProxy?: boolean
  /** Offer the password-less demo picker at /login. Default false. */
  demo?: boolean
  /** Largest body a form or the API takes, in bytes. Default 64 kB. */
  bodyLimit?: number
}

export interface CasebookEnv {
  Variables: { identity: DemoIdentity | undefined }
}

export type CasebookApp = Hono<CasebookEnv>
export type CasebookContext = Context<CasebookEnv>
