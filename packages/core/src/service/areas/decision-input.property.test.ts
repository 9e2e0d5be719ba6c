import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCoproduceError } from '../../errors/coproduce-error.js'
import { world } from '../../test-support/world.js'

/**
 * Every decision input: any JSON at all, or a valid input with one field broken, either succeeds or fails with a
 * CoproduceError naming each field by its path, and a failed call leaves the store exactly as it was.
 */
const RUNS = 500

async function setup() {
  const w = world()
  const plan = await w.initiative()
  const sam = await w.member(plan.id)
  const rules = await w.cp.decisions.open(
    { initiativeId: plan.id, kind: 'ground-rules', question: 'Can we all live with these?' },
    w.asStaff,
  )
  return { ...w, plan, sam, rules }
}

const mutated = (valid: Record<string, unknown>) =>
  fc
    .record({ key: fc.constantFrom(...Object.keys(valid), 'unexpected'), value: fc.jsonValue(), remove: fc.boolean() })
    .map(({ key, value, remove }) => {
      const copy: Record<string, unknown> = { ...valid }
      if (remove) delete copy[key]
      else copy[key] = value
      return copy
    })

async function check(
  make: (w: Awaited<ReturnType<typeof setup>>) => { call: (input: unknown) => Promise<unknown>; valid: Record<string, unknown> },
) {
  const w = await setup()
  const { call, valid } = make(w)
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue(), mutated(valid)), async (input) => {
      const before = JSON.stringify(await w.store.dump())
      try {
        await call(input)
      } catch (error) {
        if (!isCoproduceError(error)) throw new Error(`Not a CoproduceError for ${JSON.stringify(input)}: ${String(error)}`)
        if (error.code === 'validation') for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0)
        else expect(['not-found', 'conflict', 'forbidden']).toContain(error.code)
        expect(JSON.stringify(await w.store.dump())).toBe(before)
      }
    }),
    { numRuns: RUNS },
  )
  // The valid input works, on a fresh world (the fuzzing may already have used it up).
  const fresh = make(await setup())
  await expect(fresh.call(fresh.valid)).resolves.toBeDefined()
}

describe('decision inputs are checked at the door', { timeout: 120_000 }, () => {
  it('DecisionInput (decisions.open)', () =>
    check(({ cp, asStaff, plan }) => ({
      call: (input) => cp.decisions.open(input as never, asStaff),
      valid: {
        initiativeId: plan.id,
        kind: 'risk',
        question: 'How do we keep safe?',
        options: [{ text: 'Pairs' }],
        anonymousViews: true,
        showViews: false,
      },
    })))

  it('DecisionOptionInput (decisions.propose)', () =>
    check(({ cp, sam, rules }) => ({
      call: (input) => cp.decisions.propose(rules.id, input as never, sam.as),
      valid: { text: 'We start on time' },
    })))

  it('DecisionViewInput (decisions.giveView)', () =>
    check(({ cp, sam, rules }) => ({
      call: (input) => cp.decisions.giveView(rules.id, sam.member.id, input as never, sam.as),
      valid: { optionId: 'agree', text: 'Fine by me.' },
    })))

  it('AgreementResponseInput (decisions.respondToAgreement)', () =>
    check(({ cp, sam, rules }) => ({
      call: (input) => cp.decisions.respondToAgreement(rules.id, sam.member.id, input as never, sam.as),
      valid: { response: 'suggest-change', text: 'Add a break every hour.' },
    })))

  it('DecisionOutcomeInput (decisions.decide)', () =>
    check(({ cp, asStaff, sam, rules }) => ({
      call: (input) => cp.decisions.decide(rules.id, input as never, asStaff),
      valid: { text: 'Agreed', optionId: 'agree', method: 'consensus', decidedBy: [sam.member.id] },
    })))
})
