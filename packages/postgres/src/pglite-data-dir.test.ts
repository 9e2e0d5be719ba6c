import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { migrations } from './migrations/index.js'
import { pgliteStore } from './pglite-store.js'

const dir = mkdtempSync(join(tmpdir(), 'coproduce-pglite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pgliteStore with a dataDir', () => {
  it('keeps what was stored, and undelivered events, after it is closed and opened again', { timeout: 180_000 }, async () => {
    const first = pgliteStore({ dataDir: dir })
    await first.transaction(async (tx) => {
      await tx.initiatives.put({ id: 'kept-on-disk', title: 'On disk', purpose: 'Stored in a folder.' })
      await tx.events.append({
        id: 'waiting',
        organisationId: 'default',
        at: '2026-01-01T00:00:00.000Z',
        type: 'initiative.created',
        data: { initiativeId: 'kept-on-disk' },
      })
    })
    await first.close()
    await expect(first.transaction(async () => undefined)).rejects.toThrow(/closed/)

    const second = pgliteStore({ dataDir: dir })
    expect(await second.transaction((tx) => tx.initiatives.get('kept-on-disk'))).toMatchObject({ title: 'On disk' })
    const delivered: string[] = []
    second.outbox.start(async (event) => {
      delivered.push(event.id)
    })
    await second.outbox.flush()
    expect(delivered).toEqual(['waiting'])
    const dump = (await second.dump()) as { tables: { coproduce_migrations: { version: number }[] } }
    expect(dump.tables.coproduce_migrations.map((m) => m.version)).toEqual(migrations.map((m) => m.version))
    await second.close()
  })

  it('creates the folder and its parents, as a fresh project has none', { timeout: 180_000 }, async () => {
    const nested = join(dir, 'not', 'there', 'yet')
    const store = pgliteStore({ dataDir: nested })
    await store.transaction((tx) => tx.initiatives.put({ id: 'fresh', title: 'Fresh folder', purpose: 'Made by the store.' }))
    expect(await store.transaction((tx) => tx.initiatives.get('fresh'))).toMatchObject({ title: 'Fresh folder' })
    await store.close()
  })

  it('closes quietly when it never started', async () => {
    await expect(pgliteStore({ dataDir: join(dir, 'never-used') }).close()).resolves.toBeUndefined()
  })
})
