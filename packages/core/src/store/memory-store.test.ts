import { describe, expect, it } from 'vitest'
import { describeStoreConformance } from '../testing/store-conformance.js'
import { fixtures, minute } from '../testing/store-fixtures.js'
import { memoryStore } from './memory-store.js'

describeStoreConformance('memoryStore', { setup: async () => memoryStore() })

describe('memoryStore', () => {
  it('runs transactions one at a time, so read-then-write never loses an update', async () => {
    const store = memoryStore()
    await store.transaction((tx) => tx.initiatives.put(fixtures.initiative('i', { methods: [] })))
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        store.transaction(async (tx) => {
          const current = (await tx.initiatives.get('i'))!
          await Promise.resolve()
          await tx.initiatives.put({ ...current, methods: [...(current.methods ?? []), `method ${n}`] })
        }),
      ),
    )
    const final = await store.transaction((tx) => tx.initiatives.get('i'))
    expect(final?.methods).toHaveLength(20)
  })

  it('keeps working after a transaction fails', async () => {
    const store = memoryStore()
    await expect(store.transaction(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await store.transaction((tx) => tx.members.put(fixtures.member('m', 'i')))
    expect(await store.transaction((tx) => tx.members.get('m'))).toEqual(fixtures.member('m', 'i'))
  })

  it('refuses to append a consent record with an id that is already used', async () => {
    const store = memoryStore()
    await store.transaction((tx) => tx.consents.append(fixtures.consent('c', 'm')))
    await expect(
      store.transaction((tx) => tx.consents.append(fixtures.consent('c', 'm', { status: 'withdrawn', at: minute(999) }))),
    ).rejects.toMatchObject({
      code: 'conflict',
    })
    expect(await store.transaction((tx) => tx.consents.listBySubject('m'))).toEqual([fixtures.consent('c', 'm')])
  })

  it('dumps an empty store as empty tables, and refuses work once closed', async () => {
    const store = memoryStore()
    expect(await store.dump()).toEqual({
      organisations: [],
      initiatives: [],
      members: [],
      sessions: [],
      feedback: [],
      updates: [],
      payments: [],
      decisions: [],
      consents: [],
      events: [],
    })
    await store.close()
    await expect(store.transaction(async () => 1)).rejects.toThrow(/closed/)
  })
})
