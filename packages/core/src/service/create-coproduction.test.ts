import { describe, expect, it } from 'vitest'
import { memoryStore } from '../store/memory-store.js'
import type { OutboxPort } from '../store/store-port.js'
import { createCoproduction } from './create-coproduction.js'
import { world } from '../test-support/world.js'

describe('createCoproduction: a first walk through', () => {
  it('runs an initiative from plan to a "you said, we did" update', async () => {
    const { cp, asStaff, initiative, member, anonymous } = world()
    const plan = await initiative()
    expect(plan.stages?.map((s) => s.name)).toEqual(['engagement', 'exploration', 'experimentation', 'embedding'])
    const { member: sam, as } = await member(plan.id)
    const feedback = await cp.feedback.submit({ initiativeId: plan.id, kind: 'story', text: 'The kettle is always cold.' }, as)
    expect(feedback).toMatchObject({ memberId: sam.id, anonymous: false })
    await cp.consent.give({ subject: sam.id, purposeId: 'quote-with-name' }, as)
    const update = await cp.updates.publish(
      { initiativeId: plan.id, youSaid: 'Cold kettle', weDid: 'New kettle', status: 'done', linkedFeedback: [feedback.id] },
      asStaff,
    )
    const [shown] = await cp.updates.listPublic(plan.id, anonymous)
    expect(shown).toMatchObject({
      id: update.id,
      linkedFeedbackCount: 1,
      quotes: [{ feedbackId: feedback.id, text: 'The kettle is always cold.', by: 'Sam Example' }],
    })
    const impact = await cp.initiatives.impact(plan.id, anonymous)
    expect(impact).toMatchObject({ feedback: 1, answered: 1, medianDaysToAnswer: 0 })
  })
})

describe('createCoproduction: close()', () => {
  it('stops the outbox and closes the store even when the last delivery cannot reach the store, then says why', async () => {
    const store = memoryStore()
    const calls: string[] = []
    const away = Object.assign(new Error('The PGlite database is closed'), { code: '08003' })
    const outbox: OutboxPort = {
      start: () => calls.push('start'),
      flush: async () => {
        calls.push('flush')
        throw away
      },
      stop: async () => {
        calls.push('stop')
      },
    }
    const cp = createCoproduction({ store: { ...store, close: () => store.close(), outbox } })
    await expect(cp.close()).rejects.toBe(away)
    expect(calls).toEqual(['start', 'flush', 'stop'])
    expect(store.closed).toBe(true)
  })
})
