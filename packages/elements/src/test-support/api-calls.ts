import { inject } from 'vitest'
import { actAs } from './dom.js'

/**
 * Calls to the real `@coproduce/server` the test global setup runs, as a chosen actor. Used to set up what a
 * widget then reads through its own client, so the widget is tested against the real consent filtering.
 */
export const apiUrl = inject('apiUrl')
export const seed = inject('seed')
export const staff = `${seed.staffId}:staff`

export async function call<T>(
  actor: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  actAs(actor)
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    credentials: 'include',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} as ${actor}: ${response.status} ${await response.text()}`)
  return (response.status === 204 ? undefined : await response.json()) as T
}

/** A new member of the seeded initiative, with lived experience, made by staff: the tests act as them from then on. */
export async function newMember(displayName = 'Jo'): Promise<string> {
  const member = await call<{ id: string }>(staff, 'POST', `/initiatives/${seed.initiativeId}/members`, {
    displayName,
    roles: ['lived-experience'],
  })
  actAs(member.id)
  return member.id
}

export const decide = (member: string, purposeId: string, decision: 'give' | 'refuse' | 'withdraw') =>
  call(member, 'POST', `/members/${member}/consents`, { purposeId, decision })

let keys = 0
export const giveFeedback = (member: string, initiative: string, text: string) =>
  call<{ id: string }>(
    member,
    'POST',
    `/initiatives/${initiative}/feedback`,
    { kind: 'story', text },
    {
      'idempotency-key': `updates-test-${Date.now()}-${keys++}`,
    },
  )

/** A fresh initiative with two lived-experience members, so tests never share state with other files. */
export async function freshInitiative(title: string) {
  const initiative = await call<{ id: string }>(staff, 'POST', '/initiatives', {
    title,
    purpose: 'Make mornings work for the people who come.',
  })
  const join = (displayName: string) =>
    call<{ id: string }>(staff, 'POST', `/initiatives/${initiative.id}/members`, { displayName, roles: ['lived-experience'] })
  const sam = await join('Sam')
  const ali = await join('Ali')
  return { initiative: initiative.id, sam: sam.id, ali: ali.id }
}
