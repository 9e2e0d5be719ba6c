import { describe, expect, it, vi } from 'vitest'
import { definePlugin } from '../plugins/define-plugin.js'
import type { DomainEvent } from '../schemas/events.js'
import { memoryStore } from '../store/memory-store.js'
import type { OutboxPort, Store } from '../store/store-port.js'
import { EventDispatcher } from './event-dispatch.js'
import { world } from '../test-support/world.js'

describe('events and plugin hooks', () => {
  it('keeps the feedback when a plugin hook throws, and reports the error', async () => {
    const errors: { error: unknown; plugin: string; type: string }[] = []
    const crm = definePlugin({
      name: 'acme-crm',
      hooks: {
        'feedback.submitted': async () => {
          throw new Error('CRM is down')
        },
      },
    })
    const w = world({
      plugins: [crm],
      onHookError: (error, info) => void errors.push({ error, plugin: info.plugin, type: info.event.type }),
    })
    const plan = await w.initiative()
    const fb = await w.cp.feedback.submit({ initiativeId: plan.id, kind: 'rating', rating: 'good' }, w.anonymous)
    await w.cp.flush()
    expect(errors).toEqual([{ error: new Error('CRM is down'), plugin: 'acme-crm', type: 'feedback.submitted' }])
    expect(await w.cp.feedback.list(plan.id, w.asStaff)).toEqual([fb])
  })

  it('runs hooks with a context, then on() handlers, in the order changes were committed', async () => {
    const seen: string[] = []
    const audit = definePlugin({
      name: 'audit',
      hooks: {
        'member.joined': async (event, ctx) => {
          const member = await ctx.getMember(event.data.memberId)
          seen.push(`hook:${ctx.plugin}:${member?.id}`)
        },
        'initiative.created': (event) => void seen.push(`hook:created:${event.data.initiativeId}`),
      },
    })
    const w = world({ plugins: [audit] })
    const stop = w.cp.on('member.joined', (event) => void seen.push(`on:${event.data.memberId}`))
    const plan = await w.initiative()
    const { member } = await w.member(plan.id)
    await w.cp.flush()
    expect(seen).toEqual([`hook:created:${plan.id}`, `hook:audit:${member.id}`, `on:${member.id}`])
    stop()
    await w.member(plan.id, 'Another')
    await w.cp.flush()
    expect(seen.filter((s) => s.startsWith('on:'))).toHaveLength(1)
  })

  it('reports a throwing on() handler too, and carries on delivering', async () => {
    const errors: string[] = []
    const w = world({ onHookError: (_e, info) => void errors.push(`${info.plugin}:${info.event.type}`) })
    const delivered: string[] = []
    w.cp.on('initiative.created', () => {
      throw new Error('handler bug')
    })
    w.cp.on('initiative.created', (e) => void delivered.push(e.data.initiativeId))
    const plan = await w.initiative()
    await w.cp.flush()
    expect(errors).toEqual(['on:initiative.created'])
    expect(delivered).toEqual([plan.id])
  })

  it('never delivers events of a change that failed', async () => {
    const w = world()
    const seen: DomainEvent[] = []
    w.cp.on('initiative.created', (e) => void seen.push(e))
    await w.cp.initiatives.create({ id: 'same', title: 'One', purpose: 'First.' }, w.asStaff)
    await expect(w.cp.initiatives.create({ id: 'same', title: 'Two', purpose: 'Second.' }, w.asStaff)).rejects.toMatchObject({
      code: 'conflict',
    })
    await w.cp.flush()
    expect(seen).toHaveLength(1)
    expect(((await w.store.dump()) as { events: unknown[] }).events).toHaveLength(1)
  })

  it('hands delivery to the store’s outbox when it has one', async () => {
    // A small outbox over the memory store: it reads committed events and delivers each one once.
    const inner = memoryStore()
    let deliver: ((event: DomainEvent) => Promise<void>) | undefined
    let starts = 0
    const sent = new Set<string>()
    const outbox: OutboxPort = {
      start: (fn) => {
        starts++
        deliver = fn
      },
      flush: async () => {
        for (const event of await inner.transaction((tx) => tx.events.list())) {
          if (sent.has(event.id)) continue
          sent.add(event.id)
          await deliver!(event)
        }
      },
      stop: async () => {
        deliver = undefined
      },
    }
    const store: Store = { ...inner, transaction: inner.transaction, dump: inner.dump, close: inner.close, outbox }
    const hooked: string[] = []
    const w = world({ store, plugins: [definePlugin({ name: 'p', hooks: { 'initiative.created': (e) => void hooked.push(e.id) } })] })
    expect(starts).toBe(1)
    await w.initiative()
    expect(hooked).toEqual([])
    await w.cp.flush()
    expect(hooked).toHaveLength(1)
    await w.cp.close()
    expect(deliver).toBeUndefined()
  })

  it('delivers each organisation in its own lane: a stuck hook of one holds up none of another’s events, and each keeps its order', async () => {
    const dispatcher = new EventDispatcher([], async () => undefined)
    const seen: string[] = []
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    dispatcher.on('initiative.created', async (event) => {
      seen.push(event.id)
      if (event.organisationId === 'stuck') await gate
    })
    const event = (organisationId: string, n: number): DomainEvent => ({
      id: `${organisationId}-${n}`,
      organisationId,
      at: '2026-03-01T10:00:00.000Z',
      type: 'initiative.created',
      data: { initiativeId: `${organisationId}-plan-${n}` },
    })
    dispatcher.enqueue([event('stuck', 1), event('other', 1), event('stuck', 2)])
    dispatcher.enqueue([event('other', 2), event('stuck', 3)])
    await vi.waitFor(() => expect(seen.filter((id) => id.startsWith('other'))).toEqual(['other-1', 'other-2']))
    expect(seen.filter((id) => id.startsWith('stuck'))).toEqual(['stuck-1'])
    open()
    await dispatcher.settle()
    expect(seen.filter((id) => id.startsWith('stuck'))).toEqual(['stuck-1', 'stuck-2', 'stuck-3'])
  })
})
