import { describe, expect, it } from 'vitest'
import type { Update } from '../schemas/update.js'
import { applyStatusChange } from './update-status.js'

const update: Update = {
  id: 'u',
  initiativeId: 'i',
  youSaid: 'The room is too cold.',
  weDid: 'We asked for the heating to be fixed.',
  status: 'planned',
  linkedFeedback: [],
  credits: [],
  publishedAt: '2026-01-01T10:00:00.000Z',
  timeline: [{ at: '2026-01-01T10:00:00.000Z', status: 'planned' }],
}
const at = '2026-01-08T10:00:00.000Z'

describe('update status', () => {
  it('adds a timeline entry for each change of status, with its note', () => {
    const next = applyStatusChange(update, { status: 'in-progress', note: 'The engineer comes on Friday.', progress: 40 }, at)
    expect(next.status).toBe('in-progress')
    expect(next.progress).toBe(40)
    expect(next.timeline).toEqual([...update.timeline, { at, status: 'in-progress', note: 'The engineer comes on Friday.' }])
    expect(update.timeline).toHaveLength(1)
  })

  it('needs a reason for "not possible"', () => {
    expect(() => applyStatusChange(update, { status: 'not-possible' }, at)).toThrow(
      expect.objectContaining({ code: 'validation', issues: [{ path: ['reason'], message: 'Say why this is not possible' }] }),
    )
    const next = applyStatusChange(update, { status: 'not-possible', reason: 'The landlord said no.' }, at)
    expect(next).toMatchObject({ status: 'not-possible', reason: 'The landlord said no.' })
  })

  it('drops the old reason when moving on from "not possible", and marks done as 100%', () => {
    const stuck = applyStatusChange(update, { status: 'not-possible', reason: 'No money.' }, at)
    const done = applyStatusChange(stuck, { status: 'done' }, at)
    expect(done.reason).toBeUndefined()
    expect(done.progress).toBe(100)
  })

  it('adds nothing to the timeline when nothing changes', () => {
    expect(applyStatusChange(update, {}, at).timeline).toEqual(update.timeline)
  })
})
