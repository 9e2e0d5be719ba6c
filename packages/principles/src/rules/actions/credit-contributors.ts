import { consentKey } from '../../engine/snapshot-index.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

const PURPOSE = 'credit-by-name'

export const creditContributors = defineRule({
  meta: {
    id: 'credit-contributors',
    principles: ['collaboration-mutuality', 'empowerment-voice-choice', 'trust-transparency'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Mutuality and Impact',
    quote:
      'Be an advocate for change by using your power to support others. Provide a platform for the co-production team by crediting contributors in anything written.',
    docs: docsFor('credit-contributors'),
    description:
      'Checks that published updates credit the people who asked to be named, and name nobody who has not agreed (or who took their consent back).',
    guidance:
      'Ask each person if they want to be named for their work, and record their answer as their consent. Credit everyone who said yes in what you publish. Never name someone who said no or changed their mind.',
    inPlanFile: 'The answers are the `credit-by-name` consent purpose.',
    path: 'updates',
    messages: {
      'nothing-published': 'Nothing has been published yet.',
      'named-without-consent': 'This update names someone who has not agreed to be named, or who took it back.',
      'nobody-credited': '{count} people asked to be named for their work, and no update credits anyone.',
      credited: 'Updates credit {count} people by name, with their consent.',
      'nobody-asked': 'No one has asked to be named.',
      unsaid: 'The plan does not record who wants to be credited by name.',
    },
    examples: {
      pass: plan({
        members: [{ id: 'm1', roles: ['lived-experience'] }],
        consents: [{ id: 'c1', subject: 'm1', purposeId: 'credit-by-name', status: 'given', at: '2026-02-01T10:00:00Z' }],
        updates: [{ id: 'u1', youSaid: 'Open later.', weDid: 'We open till 8pm now.', credits: ['m1'] }],
      }),
      fail: plan({
        members: [{ id: 'm1', roles: ['lived-experience'] }],
        consents: [{ id: 'c1', subject: 'm1', purposeId: 'credit-by-name', status: 'withdrawn', at: '2026-02-01T10:00:00Z' }],
        updates: [{ id: 'u1', youSaid: 'Open later.', weDid: 'We open till 8pm now.', credits: ['m1'] }],
      }),
    },
  },
  check(snapshot, ctx) {
    if (snapshot.updates.length === 0) return inapplicable('nothing-published')
    const consent = ctx.index.currentConsent
    const results: RuleResult[] = []
    const credited = new Set<string>()
    snapshot.updates.forEach((update, i) => {
      for (const id of update.credits ?? []) {
        credited.add(id)
        if (consent.get(consentKey(id, PURPOSE))?.status !== 'given') results.push(fail('named-without-consent', `updates[${i}].credits`))
      }
    })
    const wanting = snapshot.members.filter((m) => consent.get(consentKey(m.id, PURPOSE))?.status === 'given')
    if (wanting.length && credited.size === 0) results.push(fail('nobody-credited', { count: wanting.length }))
    if (results.length) return results
    if (credited.size) return pass('credited', { count: credited.size })
    if (snapshot.consents.some((c) => c.purposeId === PURPOSE)) return inapplicable('nobody-asked')
    return incomplete('unsaid')
  },
})
