import { isCoproduceError, type DomainEvent, type Feedback } from '@coproduce/core'
import { uniqueId } from '@coproduce/core/testing'
import { describe, expect, it } from 'vitest'
import { migrations } from '../migrations/index.js'
import type { SqlStore } from '../store/sql-store.js'
import { waitFor } from './wait-for.js'

export interface SqlStoreSpecOptions {
  /** The store under test (shared by the file). */
  store: () => SqlStore
  /** Raw SQL on the same database, to look at what is really in the tables. */
  sql: <R = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<R[]>
}

const feedback = (initiativeId: string, key: string, overrides: Partial<Feedback> = {}): Feedback => ({
  id: uniqueId('f'),
  initiativeId,
  kind: 'rating',
  rating: 'good',
  anonymous: false,
  memberId: 'm-1',
  createdAt: '2026-03-01T10:00:00.000Z',
  idempotencyKey: key,
  ...overrides,
})

const event = (initiativeId: string, n = 0): DomainEvent => ({
  id: uniqueId(`event-${n}`),
  organisationId: 'default',
  at: new Date(Date.UTC(2026, 2, 1, 10, 0, n)).toISOString(),
  initiativeId,
  type: 'initiative.created',
  data: { initiativeId },
})

/** The wait before each retry in the spec: tests change it. Default 300 ms, then doubling. */
export const specBackoff = { wait: (failures: number) => 300 * 2 ** (failures - 1) }

/** The outbox settings the spec expects its store to be made with. */
export const SPEC_OUTBOX = { pollMs: 10_000, maxAttempts: 4, backoff: (failures: number) => specBackoff.wait(failures) } as const

/** What this package promises beyond the core conformance suite, for any SQL store (PostgreSQL or PGlite). */
export function describeSqlStoreSpec(name: string, { store, sql }: SqlStoreSpecOptions): void {
  const s = () => `"${store().schema}"`

  describe(`${name}: idempotency keys`, () => {
    it('stores exactly 200 rows when 200 keys are each sent twice at once', async () => {
      const initiativeId = uniqueId('i')
      const keys = Array.from({ length: 200 }, (_, n) => `key-${n}`)
      const send = (key: string) =>
        store()
          .transaction(async (tx) => {
            if (await tx.feedback.findByIdempotencyKey(initiativeId, key)) return 'found'
            await tx.feedback.put(feedback(initiativeId, key))
            return 'stored'
          })
          .catch((error: unknown) => {
            if (isCoproduceError(error) && error.code === 'conflict') return 'conflict'
            throw error
          })
      const results = await Promise.all([...keys, ...keys].map(send))
      expect(results.filter((r) => r === 'stored')).toHaveLength(200)
      expect(results.filter((r) => r !== 'stored')).toHaveLength(200)
      const rows = await sql<{ key: string; n: number }>(
        `SELECT idempotency_key AS key, count(*)::int AS n FROM ${s()}.feedback WHERE initiative_id = $1 GROUP BY 1`,
        [initiativeId],
      )
      expect(rows).toHaveLength(200)
      expect(rows.every((r) => r.n === 1)).toBe(true)
      expect(await store().transaction((tx) => tx.feedback.listByInitiative(initiativeId))).toHaveLength(200)
    })

    it('leaves the transaction usable after a clash, so the first feedback can be read back in it', async () => {
      const initiativeId = uniqueId('i')
      const first = feedback(initiativeId, 'same-key')
      await store().transaction((tx) => tx.feedback.put(first))
      const found = await store().transaction(async (tx) => {
        const error = await tx.feedback.put(feedback(initiativeId, 'same-key')).catch((e: unknown) => e)
        expect(isCoproduceError(error) && error.code).toBe('conflict')
        await tx.feedback.put(feedback(initiativeId, 'other-key'))
        return tx.feedback.findByIdempotencyKey(initiativeId, 'same-key')
      })
      expect(found).toEqual(first)
      expect(await store().transaction((tx) => tx.feedback.listByInitiative(initiativeId))).toHaveLength(2)
    })
  })

  describe(`${name}: anonymous feedback`, () => {
    it('puts no member id in any column, index or record, even when one is handed in by mistake', async () => {
      const initiativeId = uniqueId('i')
      const memberId = uniqueId('member-who-must-not-show')
      const anonymous = feedback(initiativeId, uniqueId('k'), { anonymous: true, memberId })
      await store().transaction((tx) => tx.feedback.put(anonymous))
      const [row] = await sql<{ member_id: string | null; data: Feedback }>(`SELECT member_id, data FROM ${s()}.feedback WHERE id = $1`, [
        anonymous.id,
      ])
      expect(row?.member_id).toBeNull()
      expect(row?.data.memberId).toBeUndefined()
      expect(JSON.stringify(await store().dump())).not.toContain(memberId)
      expect(await store().transaction((tx) => tx.feedback.listByMember(memberId))).toEqual([])
      // The member index only holds rows that name a member.
      const [index] = await sql<{ def: string }>(
        `SELECT indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND indexname = 'feedback_member'`,
        [store().schema],
      )
      expect(index?.def).toContain('WHERE (member_id IS NOT NULL)')
    })
  })

  describe(`${name}: values PostgreSQL cannot hold`, () => {
    it('refuses text with a NUL character (U+0000) as a validation error, keeping nothing', async () => {
      const initiativeId = uniqueId('i')
      const bad = feedback(initiativeId, uniqueId('k'), { kind: 'story', text: 'before\u0000after' })
      const error = await store()
        .transaction(async (tx) => {
          await tx.initiatives.put({ id: initiativeId, title: 'Kept?', purpose: 'Written in the same transaction.' })
          await tx.feedback.put(bad)
        })
        .catch((e: unknown) => e)
      expect(isCoproduceError(error) && error.code).toBe('validation')
      expect(await store().transaction((tx) => tx.initiatives.get(initiativeId))).toBeUndefined()
    })

    it('refuses an id with a NUL character or a date it cannot read as a validation error', async () => {
      const initiativeId = uniqueId('i')
      const badId = await store()
        .transaction((tx) => tx.initiatives.get('nul\u0000id'))
        .catch((e: unknown) => e)
      expect(isCoproduceError(badId) && badId.code).toBe('validation')
      const badDate = await store()
        .transaction((tx) => tx.feedback.put(feedback(initiativeId, uniqueId('k'), { createdAt: 'last Tuesday' })))
        .catch((e: unknown) => e)
      expect(isCoproduceError(badDate) && badDate.code).toBe('validation')
    })
  })

  describe(`${name}: tables`, () => {
    it('refuses to change or delete a consent record even with raw SQL', async () => {
      const subject = uniqueId('m')
      const record = {
        id: uniqueId('c'),
        subject,
        purposeId: 'quote-with-name',
        purposeVersion: 1,
        status: 'given' as const,
        noticeText: 'Can we share your words with your name?',
        method: 'widget' as const,
        recordedBy: subject,
        at: '2026-03-01T10:00:00.000Z',
      }
      await store().transaction((tx) => tx.consents.append(record))
      await expect(sql(`UPDATE ${s()}.consents SET subject = 'someone-else' WHERE id = $1`, [record.id])).rejects.toThrow(/append-only/)
      await expect(sql(`DELETE FROM ${s()}.consents WHERE id = $1`, [record.id])).rejects.toThrow(/append-only/)
      // Erasure may replace the notice words, and nothing else with them.
      await expect(
        sql(`UPDATE ${s()}.consents SET data = jsonb_set(data, '{status}', '"refused"') WHERE id = $1`, [record.id]),
      ).rejects.toThrow(/append-only/)
      await expect(
        sql(`UPDATE ${s()}.consents SET data = data || '{"noticeText": "x", "recordedBy": "staff-9"}' WHERE id = $1`, [record.id]),
      ).rejects.toThrow(/append-only/)
      await expect(sql(`UPDATE ${s()}.consents SET data = data - 'noticeText' WHERE id = $1`, [record.id])).rejects.toThrow(/append-only/)
      await expect(sql(`UPDATE ${s()}.consents SET at = now() WHERE id = $1`, [record.id])).rejects.toThrow(/append-only/)
      const again = await store()
        .transaction((tx) => tx.consents.append(record))
        .catch((e: unknown) => e)
      expect(isCoproduceError(again) && again.code).toBe('conflict')
      expect(await store().transaction((tx) => tx.consents.listBySubject(subject))).toEqual([record])
    })

    it('dumps every table row by row, outbox and applied migrations included', async () => {
      const e = event(uniqueId('i'))
      await store().transaction((tx) => tx.events.append(e))
      const dump = (await store().dump()) as { events: DomainEvent[]; tables: Record<string, Record<string, unknown>[]> }
      expect(Object.keys(dump.tables).sort()).toEqual(
        [
          'consents',
          'coproduce_migrations',
          'decisions',
          'feedback',
          'initiatives',
          'members',
          'organisations',
          'outbox',
          'payments',
          'sessions',
          'updates',
        ].sort(),
      )
      expect(dump.tables.coproduce_migrations?.map((m) => m.version)).toEqual(migrations.map((m) => m.version))
      const row = dump.tables.outbox?.find((r) => r.id === e.id)
      expect(row).toMatchObject({ id: e.id, type: 'initiative.created', attempts: 0, data: e })
      expect(dump.events).toContainEqual(e)
    })
  })

  describe(`${name}: outbox`, () => {
    const outboxRow = async (id: string) => {
      const [row] = await sql<{ attempts: number; last_error: string | null; delivered: boolean; wait_ms: unknown }>(
        `SELECT attempts, last_error, delivered_at IS NOT NULL AS delivered,
                extract(epoch FROM next_attempt_at - last_attempt_at) * 1000 AS wait_ms
         FROM ${s()}.outbox WHERE id = $1`,
        [id],
      )
      return { ...row!, wait_ms: row!.wait_ms === null ? null : Math.round(Number(row!.wait_ms)) }
    }
    const flushUntil = (check: () => boolean | Promise<boolean>) =>
      waitFor(async () => {
        await store().outbox.flush()
        return check()
      })

    it('wakes right after a commit that appended events, without waiting for the next poll', async () => {
      const outbox = store().outbox
      const delivered: string[] = []
      const e = event(uniqueId('i'))
      // Drain what other tests left. These stores poll every 10 s, so only the wake-up can deliver in time.
      outbox.start(async () => undefined)
      await outbox.flush()
      await outbox.stop()
      outbox.start(async (ev) => {
        delivered.push(ev.id)
      })
      await new Promise((r) => setTimeout(r, 50))
      const committedAt = Date.now()
      await store().transaction((tx) => tx.events.append(e))
      await waitFor(() => delivered.includes(e.id))
      expect(Date.now() - committedAt).toBeLessThan(5_000) // the next poll is 10 s away
      await outbox.stop()
    })

    it('retries a throwing delivery with backoff, recording each error, until it succeeds', async () => {
      const outbox = store().outbox
      const e = event(uniqueId('i'))
      await store().transaction((tx) => tx.events.append(e))
      let calls = 0
      const errors: unknown[] = []
      outbox.start(
        async (ev) => {
          if (ev.id !== e.id) return
          calls += 1
          if (calls <= 2) throw new Error(`hook down (${calls})`)
        },
        { onError: (error) => errors.push(error) },
      )
      try {
        await outbox.flush()
        expect(calls).toBe(1)
        const afterFirst = await outboxRow(e.id)
        expect(afterFirst).toMatchObject({ attempts: 1, delivered: false })
        expect(afterFirst.last_error).toContain('hook down (1)')
        expect(afterFirst.wait_ms).toBe(300)
        await flushUntil(() => calls === 2)
        const afterSecond = await outboxRow(e.id)
        expect(afterSecond).toMatchObject({ attempts: 2, delivered: false, wait_ms: 600 })
        await flushUntil(async () => (await outboxRow(e.id)).delivered)
        expect(calls).toBe(3)
        expect((await outboxRow(e.id)).attempts).toBe(3)
        expect(errors.map((x) => (x as Error).message)).toEqual(['hook down (1)', 'hook down (2)'])
      } finally {
        await outbox.stop()
      }
    })

    it('does not try an event again before its wait is over', async () => {
      const outbox = store().outbox
      const e = event(uniqueId('i'))
      await store().transaction((tx) => tx.events.append(e))
      specBackoff.wait = () => 60_000
      let calls = 0
      outbox.start(async (ev) => {
        if (ev.id !== e.id) return
        calls += 1
        throw new Error('down for a while')
      })
      try {
        await outbox.flush()
        for (let n = 0; n < 5; n++) await outbox.flush()
        expect(calls).toBe(1)
        expect(await outboxRow(e.id)).toMatchObject({ attempts: 1, delivered: false, wait_ms: 60_000 })
      } finally {
        specBackoff.wait = (failures) => 300 * 2 ** (failures - 1)
        await outbox.stop()
      }
    })

    it('hands back the events it claimed but had not delivered when stopped part way', async () => {
      const outbox = store().outbox
      const events = Array.from({ length: 5 }, (_, n) => event(uniqueId('i'), n))
      const mine = new Set(events.map((e) => e.id))
      let open!: () => void
      const gate = new Promise<void>((resolve) => (open = resolve))
      let reached!: () => void
      const atGate = new Promise<void>((resolve) => (reached = resolve))
      const first: string[] = []
      outbox.start(async (ev) => {
        if (!mine.has(ev.id)) return
        first.push(ev.id)
        reached()
        await gate
      })
      await store().transaction(async (tx) => {
        for (const e of events) await tx.events.append(e)
      })
      await atGate
      const stopping = outbox.stop()
      open()
      await stopping
      expect(first).toEqual([events[0]!.id])
      const due = await sql<{ id: string }>(
        `SELECT id FROM ${s()}.outbox WHERE id = ANY($1::text[]) AND delivered_at IS NULL AND next_attempt_at <= now()`,
        [events.map((e) => e.id)],
      )
      expect(due.map((r) => r.id).sort()).toEqual(
        events
          .slice(1)
          .map((e) => e.id)
          .sort(),
      )
      const second: string[] = []
      outbox.start(async (ev) => {
        if (mine.has(ev.id)) second.push(ev.id)
      })
      await outbox.flush()
      await outbox.stop()
      expect(second).toEqual(events.slice(1).map((e) => e.id))
    })

    it('is fair to every organisation: one organisation’s stuck hook holds up none of another’s events, and each keeps its order', async () => {
      const outbox = store().outbox
      const stuck = uniqueId('org-stuck')
      const other = uniqueId('org-other')
      const of = (organisationId: string, count: number) =>
        Array.from({ length: count }, (_, n) => ({ ...event(uniqueId('i'), n % 60), organisationId }))
      // The stuck organisation's flood is written first, more than one claim holds.
      const flood = of(stuck, 120)
      const few = of(other, 3)
      await store().transaction(async (tx) => {
        for (const e of [...flood, ...few]) await tx.events.append(e)
      })
      let open!: () => void
      const gate = new Promise<void>((resolve) => (open = resolve))
      const delivered = new Map<string, string[]>([
        [stuck, []],
        [other, []],
      ])
      outbox.start(async (ev) => {
        const list = delivered.get(ev.organisationId)
        if (!list) return
        list.push(ev.id)
        if (ev.organisationId === stuck) await gate
      })
      try {
        await waitFor(() => delivered.get(other)!.length === few.length, 10_000, 'the other organisation’s events')
        expect(delivered.get(other)).toEqual(few.map((e) => e.id))
        expect(delivered.get(stuck)).toEqual([flood[0]!.id])
        open()
        await outbox.flush()
        expect(delivered.get(stuck)).toEqual(flood.map((e) => e.id))
        const left = await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${s()}.outbox WHERE organisation_id = ANY($1::text[]) AND delivered_at IS NULL`,
          [[stuck, other]],
        )
        expect(left).toEqual([{ n: 0 }])
      } finally {
        open()
        await outbox.stop()
      }
    })

    it('gives up after the last attempt and keeps the event with its error', async () => {
      const outbox = store().outbox
      const e = event(uniqueId('i'))
      await store().transaction((tx) => tx.events.append(e))
      // No wait between tries, so one flush runs through every attempt.
      specBackoff.wait = () => 0
      let calls = 0
      outbox.start(async (ev) => {
        if (ev.id !== e.id) return
        calls += 1
        throw new Error(`always down (${calls})`)
      })
      try {
        // maxAttempts is 4 for these stores.
        await flushUntil(() => calls >= 4)
        await outbox.flush()
        expect(calls).toBe(4)
        const [row] = await sql<{ attempts: number; next: unknown; last_error: string }>(
          `SELECT attempts, next_attempt_at AS next, last_error FROM ${s()}.outbox WHERE id = $1`,
          [e.id],
        )
        expect(row).toEqual({ attempts: 4, next: null, last_error: 'Error: always down (4)' })
      } finally {
        specBackoff.wait = (failures) => 300 * 2 ** (failures - 1)
        await outbox.stop()
      }
    })
  })
}
