import type { DomainEvent, OutboxPort } from '@coproduce/core'
import { platformQuery } from '../sql/scope.js'
import type { SqlDriver } from '../sql/sql-driver.js'
import { backoffDelay, type Backoff } from './backoff.js'

export interface OutboxOptions {
  /** How often to look for events that are due (ms). Default 1000. Commits that append events also wake it at once. */
  pollMs?: number
  /** Tries before the outbox gives up on an event (it stays in the table with its last error). Default 20. */
  maxAttempts?: number
  /** Wait between tries. Default: 1 s, doubling each time, at most 10 minutes. */
  backoff?: Backoff
  /** Events claimed per round trip. Default 50. */
  batchSize?: number
  /**
   * How long a claimed event stays reserved for the instance that claimed it (ms). If that process dies
   * mid-delivery, another instance delivers the event once this has passed. Default 60000.
   */
  leaseMs?: number
}

interface Claimed {
  id: string
  seq: string | number
  attempts: number
  organisation_id: string
  data: DomainEvent
}

type Deliver = (event: DomainEvent) => Promise<void>
type OnError = (error: unknown, event: DomainEvent) => void

const messageOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 4000)

/**
 * The transactional outbox. Events are rows written in the same transaction as the change they describe.
 * Delivery claims due rows with `FOR UPDATE SKIP LOCKED` (so many instances share the work without waiting on
 * each other), reserves them for `leaseMs`, delivers them outside any transaction, then marks each delivered —
 * or records the error and schedules the next try with backoff. A process that dies before marking an event
 * delivered leaves it due again, so every event is delivered at least once.
 *
 * Fair to every organisation: a claim takes the organisations' due events in turns (each one's oldest first, then
 * each one's second…), and each organisation's events are delivered in their own lane, in order. While a lane is
 * busy (a slow webhook), this instance claims nothing more of that organisation, and the other organisations'
 * lanes go on: one organisation's slow or failing hook never holds up another's events.
 */
export class SqlOutbox implements OutboxPort {
  private deliver: Deliver | undefined
  private onError: OnError | undefined
  /** The drain in progress; resolves to the error that stopped it, if any. */
  private running: Promise<unknown> | undefined
  private again = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly pollMs: number
  private readonly maxAttempts: number
  private readonly batchSize: number
  private readonly leaseMs: number
  /** Each organisation's delivery in progress on this instance. */
  private readonly lanes = new Map<string, Promise<void>>()

  constructor(
    private readonly driver: SqlDriver,
    private readonly schema: string,
    private readonly ready: () => Promise<void>,
    private readonly options: OutboxOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1_000
    this.maxAttempts = options.maxAttempts ?? 20
    this.batchSize = options.batchSize ?? 50
    this.leaseMs = options.leaseMs ?? 60_000
  }

  get started(): boolean {
    return this.deliver !== undefined
  }

  start(deliver: Deliver, options: { onError?: OnError } = {}): void {
    this.deliver = deliver
    this.onError = options.onError
    void this.kick()
  }

  /** Wake the outbox now (called after a commit that appended events). */
  nudge(): void {
    if (this.deliver) void this.kick()
  }

  /** Deliver everything due now, every organisation's lane included, and what those deliveries made due. */
  async flush(): Promise<void> {
    if (!this.deliver) return
    for (;;) {
      const error = await this.kick()
      if (error !== undefined) throw error
      if (this.lanes.size === 0) return
      await Promise.all(this.lanes.values())
      if (!this.deliver) return
    }
  }

  async stop(): Promise<void> {
    this.deliver = undefined
    this.onError = undefined
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    await this.running
    await Promise.all(this.lanes.values())
  }

  /** Drain everything due; if woken while draining, drain once more. One drain at a time per instance. */
  private kick(): Promise<unknown> {
    if (this.running !== undefined) {
      this.again = true
      return this.running
    }
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.running = (async () => {
      try {
        do {
          this.again = false
          await this.drain()
        } while (this.again && this.deliver)
        return undefined
      } catch (error) {
        // The database is unreachable or closing: the next poll tries again. Nothing was lost.
        return error
      } finally {
        this.running = undefined
        this.schedule()
      }
    })()
    return this.running
  }

  private schedule(): void {
    if (!this.deliver || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.kick()
    }, this.pollMs)
    this.timer.unref?.()
  }

  /** Claim due events of the organisations with no lane busy here, and start a lane for each. */
  private async drain(): Promise<void> {
    await this.ready()
    for (;;) {
      const deliver = this.deliver
      if (!deliver) return
      const batch = await this.claim([...this.lanes.keys()])
      if (batch.length === 0) return
      const byOrganisation = new Map<string, Claimed[]>()
      for (const row of batch) {
        const list = byOrganisation.get(row.organisation_id)
        if (list) list.push(row)
        else byOrganisation.set(row.organisation_id, [row])
      }
      for (const [organisation, rows] of byOrganisation) {
        const lane = this.lane(rows, deliver).finally(() => {
          this.lanes.delete(organisation)
          // Its next events (and anything held back while it was busy) can go now.
          if (this.deliver) void this.kick()
        })
        this.lanes.set(organisation, lane)
      }
    }
  }

  /** One organisation's claimed events, in order. Never rejects: a database error leaves the rest to their lease. */
  private async lane(rows: Claimed[], deliver: Deliver): Promise<void> {
    try {
      for (const [n, row] of rows.entries()) {
        if (this.deliver !== deliver) {
          // Stopped (or restarted) part way: hand the rest back at once instead of holding them for the lease.
          await this.release(rows.slice(n))
          return
        }
        await this.deliverOne(row, deliver)
      }
    } catch {
      // The database is unreachable or closing: the lease runs out and the events are due again. Nothing is lost.
    }
  }

  private async release(rows: Claimed[]): Promise<void> {
    await platformQuery(
      this.driver,
      `UPDATE ${this.schema}.outbox SET next_attempt_at = now() WHERE id = ANY($1::text[]) AND delivered_at IS NULL`,
      [rows.map((r) => r.id)],
    )
  }

  /**
   * Reserve up to `batchSize` due events, taking the organisations in turns (each one's oldest first) and leaving
   * out `busy` ones, whose lane here has not finished: their order is kept, and they cannot crowd out the rest.
   */
  private async claim(busy: string[]): Promise<Claimed[]> {
    const s = this.schema
    const rows = await platformQuery<Claimed>(
      this.driver,
      `UPDATE ${s}.outbox SET next_attempt_at = now() + $1::float8 * interval '1 millisecond'
       WHERE id IN (
         SELECT id FROM ${s}.outbox
         -- Checked again on the row as it is when locked: another instance may have claimed it meanwhile.
         WHERE delivered_at IS NULL AND next_attempt_at <= now()
           AND id IN (
             SELECT id FROM (
               SELECT id, seq, row_number() OVER (PARTITION BY organisation_id ORDER BY seq) AS turn
               FROM ${s}.outbox
               WHERE delivered_at IS NULL AND next_attempt_at <= now() AND NOT (organisation_id = ANY($3::text[]))
             ) due
             ORDER BY turn, seq LIMIT $2)
         FOR UPDATE SKIP LOCKED)
       RETURNING id, seq, attempts, organisation_id, data`,
      [this.leaseMs, this.batchSize, busy],
    )
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq))
  }

  private async deliverOne(row: Claimed, deliver: Deliver): Promise<void> {
    const s = this.schema
    try {
      await deliver(row.data)
    } catch (error) {
      const failures = row.attempts + 1
      const delay = failures >= this.maxAttempts ? null : backoffDelay(this.options.backoff, failures)
      await platformQuery(
        this.driver,
        `UPDATE ${s}.outbox SET attempts = $2, last_error = $3, last_attempt_at = now(),
           next_attempt_at = now() + $4::float8 * interval '1 millisecond'
         WHERE id = $1 AND delivered_at IS NULL`,
        [row.id, failures, messageOf(error), delay],
      )
      try {
        this.onError?.(error, row.data)
      } catch {
        // A failing error reporter must not stop delivery.
      }
      return
    }
    await platformQuery(
      this.driver,
      `UPDATE ${s}.outbox SET attempts = attempts + 1, last_attempt_at = now(), delivered_at = now() WHERE id = $1`,
      [row.id],
    )
  }
}
