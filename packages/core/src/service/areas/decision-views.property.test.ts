import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { world } from '../../test-support/world.js'
import { withView } from './decision-rules.js'

const change = fc.record({
  member: fc.integer({ min: 0, max: 3 }),
  option: fc.integer({ min: 0, max: 2 }),
  text: fc.option(
    fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim().length > 0),
    { nil: undefined },
  ),
})

describe('decisions: one current view per member, whatever the order of changes', () => {
  it('withView keeps exactly each member’s latest view', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let views: ReturnType<typeof withView> = []
        changes.forEach((c, i) => (views = withView(views, { memberId: `m${c.member}`, optionId: `o${c.option}`, at: `t${i}` })))
        const last = new Map(changes.map((c, i) => [`m${c.member}`, `t${i}`]))
        expect(views.map((v) => v.memberId).sort()).toEqual([...last.keys()].sort())
        for (const v of views) expect(v.at).toBe(last.get(v.memberId))
      }),
      { numRuns: 500 },
    )
  })

  it('the service stores one view per member, and it is the last one each gave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (changes) => {
        const w = world()
        const plan = await w.initiative()
        const members = await Promise.all([0, 1, 2, 3].map((n) => w.member(plan.id, `Person ${n}`)))
        const opened = await w.cp.decisions.open(
          {
            initiativeId: plan.id,
            kind: 'priority',
            question: 'What first?',
            options: [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }],
          },
          w.asStaff,
        )
        const last = new Map<string, { optionId: string; text?: string }>()
        for (const c of changes) {
          const m = members[c.member]!
          const optionId = opened.options[c.option]!.id
          await w.cp.decisions.giveView(opened.id, m.member.id, c.text === undefined ? { optionId } : { optionId, text: c.text }, m.as)
          last.set(m.member.id, c.text === undefined ? { optionId } : { optionId, text: c.text.trim() })
        }
        const stored = await w.cp.decisions.get(opened.id, w.asStaff)
        expect(new Set(stored.views.map((v) => v.memberId)).size).toBe(stored.views.length)
        expect(
          Object.fromEntries(
            stored.views.map((v) => [v.memberId, v.text === undefined ? { optionId: v.optionId } : { optionId: v.optionId, text: v.text }]),
          ),
        ).toEqual(Object.fromEntries(last))
      }),
      { numRuns: 60 },
    )
  })
})
