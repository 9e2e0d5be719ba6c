import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

const PATH = 'initiative.leadership'

export const livedExperienceLedOptions = defineRule({
  meta: {
    id: 'lived-experience-led-options',
    principles: ['empowerment-voice-choice', 'collaboration-mutuality', 'cultural-historical-gender'],
    stage: 'foundations',
    severity: 'info',
    source: 'Foundations: Building the co-producing community',
    quote:
      'Is there a way of doing this without you? Perhaps a person with lived experience can tap into their own networks... Or perhaps you can tap into a group that already exists.',
    docs: docsFor('lived-experience-led-options'),
    description:
      'Checks that the work is led by someone with lived experience, or that staff looked for groups and networks that already exist before starting their own.',
    guidance:
      'Ask: is there a way of doing this without us at the centre? Look for groups that already meet about something they care about, and offer to support them. Or ask a person with lived experience to lead, through their own networks.',
    path: PATH,
    examples: {
      pass: plan({ initiative: { leadership: { livedExperienceLed: false, existingGroupsConsidered: true } } }),
      fail: plan({ initiative: { leadership: { livedExperienceLed: false, existingGroupsConsidered: false } } }),
    },
  },
  check(snapshot) {
    const lead = snapshot.initiative.leadership
    if (lead?.livedExperienceLed === true) return pass('The work is led by someone with lived experience.')
    if (lead?.existingGroupsConsidered === true) return pass('Staff looked for groups and networks that already exist.')
    if (lead?.livedExperienceLed === false && lead.existingGroupsConsidered === false)
      return fail('Staff lead the work and did not look for groups that already exist.')
    return incomplete('The plan does not say who leads, or whether groups that already exist were asked.')
  },
})
