import { describe, expect, it } from 'vitest'
import { RuleTester, runRule } from '../../testing/index.js'
import { plan } from '../example.js'
import { labelMatchesPractice } from './label-matches-practice.js'

const asked = { feedback: [{ id: 'f1', kind: 'rating' as const, rating: 'good' as const }] }

new RuleTester().run(labelMatchesPractice, {
  valid: [
    { name: 'called what it is', snapshot: { initiative: { label: 'consultation' }, ...asked } },
    { name: 'called less than it is', snapshot: { initiative: { label: 'informing' }, ...asked } },
  ],
  invalid: [{ name: 'called co-design, is consultation', snapshot: { initiative: { label: 'co-design' }, ...asked }, message: 'tokenism' }],
  incomplete: [{ name: 'no label', snapshot: asked }],
})

describe('label-matches-practice', () => {
  it('says plainly which rung the work is on', () => {
    const [finding] = runRule(labelMatchesPractice, plan({ initiative: { label: 'co-production' }, ...asked }))
    expect(finding?.message).toBe(
      'This work is called co-production, but what it does is consultation. Calling work co-production when it is not is tokenism: change the practice, or call it consultation.',
    )
  })
})
