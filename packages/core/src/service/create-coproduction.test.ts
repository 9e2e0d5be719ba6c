import { describe, expect, it } from 'vitest'
import { world } from './world.fixture.js'

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
