import type { Actor } from '@coproduce/core'
import { expect } from 'vitest'
import { staff } from './api-harness.js'
import type { HttpCall } from './http-client.js'

export interface Seeded {
  initiativeId: string
  /** A member and the actor they sign in as. */
  ada: { id: string; actor: Actor; name: string }
  ben: { id: string; actor: Actor; name: string }
}

/** One initiative with two members, made through the API as staff would. */
export async function seed(call: HttpCall, initiative: Record<string, unknown> = {}): Promise<Seeded> {
  const created = await call('POST', '/initiatives', {
    actor: staff,
    body: { title: 'Better buses', purpose: 'Make the buses work for the people who ride them', ...initiative },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const initiativeId = created.body.id as string
  const join = async (name: string) => {
    const res = await call('POST', `/initiatives/${initiativeId}/members`, {
      actor: staff,
      body: { displayName: name, roles: ['lived-experience'] },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return { id: res.body.id as string, actor: { id: res.body.id as string, roles: [] }, name }
  }
  return { initiativeId, ada: await join('Ada Quilliam'), ben: await join('Ben Okonjo') }
}
