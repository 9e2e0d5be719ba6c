import { randomBytes } from 'node:crypto'

/** A person who can sign in to the host app. In a real CRM this is your own user table. */
export interface HostUser {
  /** The host's own id for this person. Coproduce members carry it as `hostRef`. */
  id: string
  email: string
  password: string
  name: string
  staff: boolean
}

export const COOKIE_NAME = 'acme_sid'

/**
 * A tiny cookie session: a random id in an HttpOnly cookie, and who it belongs to in memory.
 * It stands in for whatever login your app already has.
 */
export function createSessions(users: HostUser[]) {
  const sessions = new Map<string, HostUser>()

  const readCookie = (header: string | null | undefined): string | undefined => {
    for (const part of (header ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=')
      if (name === COOKIE_NAME) return decodeURIComponent(value.join('='))
    }
    return undefined
  }

  return {
    signIn(email: string, password: string): { sid: string; user: HostUser } | null {
      const user = users.find((u) => u.email === email && u.password === password)
      if (!user) return null
      const sid = randomBytes(24).toString('base64url')
      sessions.set(sid, user)
      return { sid, user }
    },
    signOut(cookieHeader: string | null | undefined): void {
      const sid = readCookie(cookieHeader)
      if (sid) sessions.delete(sid)
    },
    /** Who sent this request, from its Cookie header. */
    userFor(cookieHeader: string | null | undefined): HostUser | undefined {
      const sid = readCookie(cookieHeader)
      return sid ? sessions.get(sid) : undefined
    },
    cookie(sid: string): string {
      return `${COOKIE_NAME}=${sid}; HttpOnly; SameSite=Lax; Path=/`
    },
    clearCookie(): string {
      return `${COOKIE_NAME}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`
    },
  }
}
export type Sessions = ReturnType<typeof createSessions>
