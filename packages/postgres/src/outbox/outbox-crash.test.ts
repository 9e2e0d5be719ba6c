import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { DomainEvent } from '@coproduce/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildChild } from '../test-support/build-child.js'
import { freshDatabase, type FreshDatabase } from '../test-support/fresh-database.js'
import { waitFor } from '../test-support/wait-for.js'
import { postgresStore } from '../postgres-store.js'

let db: FreshDatabase

beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await db?.drop()
})

describe('the outbox after a crash', () => {
  it('delivers every event committed by a process killed (SIGKILL) after commit and before delivery', async () => {
    const child = await buildChild(fileURLToPath(new URL('../test-support/outbox-crash-child.ts', import.meta.url)), 'outbox-crash-child')
    const count = 20
    const proc = spawn(process.execPath, [child, db.url, String(count), 'crash'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)))
    await waitFor(() => out.includes('committed') || proc.exitCode !== null, 30_000, `the child to commit (stderr: ${err})`)
    expect(out).toContain('committed')
    proc.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    // The child had claimed at least one event but never marked it delivered; the rest it never touched.
    expect(out).toMatch(/claimed crash-0/)
    const before = await db.pool.query(`SELECT count(*)::int AS n FROM coproduce.outbox WHERE delivered_at IS NULL`)
    expect(before.rows).toEqual([{ n: count }])

    // A new process (here: a new store) picks everything up.
    const store = postgresStore({ pool: db.pool })
    const delivered: DomainEvent[] = []
    store.outbox.start(async (event) => {
      delivered.push(event)
    })
    await waitFor(
      async () => {
        await store.outbox.flush()
        return new Set(delivered.map((e) => e.id)).size === count
      },
      10_000,
      'every event to be delivered',
    )
    expect(delivered.map((e) => e.id).sort()).toEqual(Array.from({ length: count }, (_, n) => `crash-${n}`).sort())
    expect(delivered.find((e) => e.id === 'crash-3')).toEqual({
      id: 'crash-3',
      organisationId: 'default',
      at: '2026-01-01T00:00:03.000Z',
      type: 'session.held',
      data: { sessionId: 'session-3' },
    })
    const after = await db.pool.query(`SELECT count(*)::int AS n FROM coproduce.outbox WHERE delivered_at IS NULL`)
    expect(after.rows).toEqual([{ n: 0 }])
    await store.close()
  })
})
