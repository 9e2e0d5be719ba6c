/**
 * The real thing the widgets talk to in tests: `@coproduce/server`'s handler over `createCoproduction` with the
 * in-memory store from `@coproduce/core`. The actor comes from the `cp_actor` cookie (`<id>` or `<id>:staff`), which
 * a test sets with `document.cookie` (cookies ignore the port, so the page's cookie reaches the test server).
 */
import { createCoproduction, definePlugin, memoryStore, type Actor, type ConsentPurpose } from '@coproduce/core'
import { createHandler } from '@coproduce/server'
import { XSS_PAYLOADS } from './xss-payloads.js'
import { BROWSER_ORIGINS } from './browser-origin.js'

export const ACTOR_COOKIE = 'cp_actor'

export function actorFromCookie(request: Request): Actor | null {
  const cookie = request.headers.get('cookie') ?? ''
  const match = cookie.split(/;\s*/).find((part) => part.startsWith(`${ACTOR_COOKIE}=`))
  if (!match) return null
  const value = decodeURIComponent(match.slice(ACTOR_COOKIE.length + 1))
  if (!value) return null
  const [id, ...roles] = value.split(':')
  return id ? { id, roles } : null
}

/** Purposes whose every word is an XSS payload: ten purposes, four texts each, so every payload appears once. */
export const xssPurposes = (): ConsentPurpose[] => {
  const count = Math.ceil(XSS_PAYLOADS.length / 4)
  const at = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!
  return Array.from({ length: count }, (_, i) => ({
    id: `xss-${i + 1}`,
    title: at(i),
    description: at(i + count),
    audience: at(i + 2 * count),
    dataCategories: [at(i)],
    retention: { description: at(i + 3 * count) },
    thirdParties: [],
    version: 1,
  }))
}

export async function createRealApi(options: { xss?: boolean } = {}) {
  const coproduction = createCoproduction({
    store: memoryStore(),
    plugins: options.xss ? [definePlugin({ name: 'xss-test-purposes', purposes: xssPurposes() })] : [],
  })
  const staff: Actor = { id: 'staff-1', roles: ['staff'] }
  const initiative = await coproduction.initiatives.create(
    { title: 'Better mornings at the day centre', purpose: 'Make mornings work for the people who come.' },
    { actor: staff },
  )
  const member = await coproduction.members.join(
    { initiativeId: initiative.id, displayName: 'Sam', roles: ['lived-experience'] },
    { actor: staff },
  )
  const other = await coproduction.members.join(
    { initiativeId: initiative.id, displayName: 'Ali', roles: ['lived-experience'] },
    { actor: staff },
  )
  // A decision to take together and the ground rules, for the pages of <cp-decision> and <cp-agreement>.
  const decision = await coproduction.decisions.open(
    {
      initiativeId: initiative.id,
      kind: 'aims',
      question: 'What should we work on first?',
      options: [{ text: 'Opening hours' }, { text: 'A warmer room' }],
    },
    { actor: staff },
  )
  await coproduction.decisions.open({ initiativeId: initiative.id, kind: 'ground-rules', question: 'Our ground rules' }, { actor: staff })
  const handler = createHandler({
    coproduction,
    authenticate: actorFromCookie,
    cors: { origins: BROWSER_ORIGINS, credentials: true },
  })
  return {
    coproduction,
    handler: (request: Request) => Promise.resolve(handler(request)),
    seed: { initiativeId: initiative.id, memberId: member.id, otherMemberId: other.id, staffId: staff.id, decisionId: decision.id },
    close: () => coproduction.close(),
  }
}
