import { counted } from '../../messages/common.js'
import { hasBegun } from '../../facts/evidence.js'
import { voiceOnRecord } from '../../facts/voice.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, fromRecord, incomplete, pass } from '../result.js'

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
      'Checks that the work is led by people with lived experience, or that staff looked for groups and networks that already exist, and wrote down which. Once the work has begun it reads the records: who opened the questions the group decided, and who put the ideas forward.',
    guidance:
      'Ask: is there a way of doing this without us at the centre? Look for groups that already meet about something they care about, offer to support them, and write down which groups you asked. Or ask a person with lived experience to lead, through their own networks: let members ask the group their own questions and put their own ideas forward.',
    inPlanFile: 'The groups you asked in `leadership.notes`; members opening questions with `decisionsOpenedBy: members`.',
    path: PATH,
    messages: {
      'lead-opened': 'People with lived experience lead on record: they opened {questions} the group decided.',
      'lead-ideas': 'People with lived experience lead on record: they put forward {count} of the {ideas} on record.',
      'said-led-nobody': 'The plan says people with lived experience lead the work, but no one in the group has lived experience.',
      'said-led-staff-did':
        'The plan says people with lived experience lead the work, but staff put forward all {ideas} on record and opened every question.',
      'said-led': 'The plan says the work is led by someone with lived experience.',
      'groups-unnamed': 'The plan says staff looked for groups that already exist, but not which groups or what they said.',
      'groups-named': 'Staff looked for groups and networks that already exist, and wrote down which.',
      'staff-led': 'Staff lead the work and did not look for groups that already exist.',
      'staff-did-all':
        'Staff put forward all {ideas} on record and opened every question. The plan does not say whether a group that already exists, or a person with lived experience, could lead instead.',
      unknown: 'The plan does not say who leads, or whether groups that already exist were asked.',
    },
    examples: {
      pass: plan({
        initiative: {
          leadership: {
            livedExperienceLed: false,
            existingGroupsConsidered: true,
            notes: 'We asked the Holbeck tenants group and the food bank volunteers.',
          },
        },
      }),
      fail: plan({ initiative: { leadership: { livedExperienceLed: false, existingGroupsConsidered: false } } }),
    },
  },
  check(snapshot, ctx) {
    const lead = snapshot.initiative.leadership
    const v = hasBegun(snapshot, ctx.now) ? voiceOnRecord(snapshot, ctx.index) : undefined
    const leadsOnRecord = v !== undefined && (v.livedExperienceOpened > 0 || (v.options > 0 && v.livedExperienceOptions > v.staffOptions))
    const staffOnRecord = v !== undefined && v.staffOptions >= 2 && v.livedExperienceOptions === 0 && v.livedExperienceOpened === 0
    if (leadsOnRecord && v) {
      const led = v.livedExperienceOpened
        ? pass('lead-opened', { questions: counted('question', v.livedExperienceOpened) })
        : pass('lead-ideas', { count: v.livedExperienceOptions, ideas: counted('idea', v.options) })
      return fromRecord({ ...led, path: 'decisions' })
    }
    if (lead?.livedExperienceLed === true) {
      if (snapshot.members.length > 0 && ctx.index.livedExperienceIds.size === 0)
        return fromRecord({
          ...fail('said-led-nobody'),
          path: 'members',
        })
      if (staffOnRecord && v)
        return fromRecord({
          ...fail('said-led-staff-did', { ideas: counted('idea', v.staffOptions) }),
          path: 'decisions',
        })
      return pass('said-led')
    }
    if (lead?.existingGroupsConsidered === true) {
      if (!lead.notes?.trim()) return incomplete('groups-unnamed')
      return pass('groups-named')
    }
    if (lead?.livedExperienceLed === false && lead.existingGroupsConsidered === false) return fail('staff-led')
    if (staffOnRecord && v)
      return {
        ...incomplete('staff-did-all', { ideas: counted('idea', v.staffOptions) }),
        path: 'decisions',
      }
    return incomplete('unknown')
  },
})
