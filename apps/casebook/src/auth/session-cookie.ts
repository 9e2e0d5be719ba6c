import { parseSigned, serializeSigned } from 'hono/utils/cookie'
import { findIdentity, type DemoIdentity } from '../demo/identities.js'

/** The login cookie holds only the demo identity's key, signed so nobody can change it by hand. */
export const SESSION_COOKIE = 'casebook_who'

export async function sessionCookie(identityKey: string, secret: string, secure: boolean): Promise<string> {
  return serializeSigned(SESSION_COOKIE, identityKey, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: 60 * 60 * 8,
  })
}

export const clearSessionCookie = (): string => `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`

/** Who the request comes from, or undefined when nobody has chosen a demo identity (or the cookie was changed). */
export async function identityFromRequest(request: Request, secret: string): Promise<DemoIdentity | undefined> {
  const header = request.headers.get('cookie')
  if (!header) return undefined
  const cookies = await parseSigned(header, secret, SESSION_COOKIE)
  const value = cookies[SESSION_COOKIE]
  return typeof value === 'string' ? findIdentity(value) : undefined
}
