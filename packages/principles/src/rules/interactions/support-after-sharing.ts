import { counted } from '../../messages/common.js'
import { sessionName } from '../../facts/evidence.js'
import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, inapplicable, incomplete, pass } from '../result.js'

const STORIES = /\b(stor(y|ies)|storytelling|testimon(y|ies)|life histor(y|ies)|lived experience sharing|sharing experiences|truth)\b/i

export const supportAfterSharing = defineRule({
  meta: {
    id: 'support-after-sharing',
    principles: ['safety', 'cultural-historical-gender'],
    stage: 'interactions',
    severity: 'warning',
    source: 'Principles of Co-production (trauma informed: Safety)',
    quote:
      'The foundations of co-production should be based around the principles of trauma informed environments: trust and transparency, safety... If people are giving up their stories they want results.',
    docs: docsFor('support-after-sharing'),
    description:
      'Checks that sessions where people share their stories have someone there afterwards for anyone who shared something hard.',
    guidance:
      'When people tell their stories, plan time and a person for afterwards: a quiet space, a cup of tea, someone they trust to talk to. Say in the plan which sessions have this.',
    inPlanFile: '`supportAfter: true` on the session.',
    path: 'sessions',
    messages: {
      'no-stories': 'No session is planned around sharing stories.',
      'no-support': {
        one: '{count} session where people share their stories has no support afterwards.',
        other: '{count} sessions where people share their stories have no support afterwards.',
      },
      unsaid: 'The plan does not say if there is support after {sessions} where people share their stories.',
      supported: 'Every session where people share their stories ({count}) has support afterwards.',
    },
    examples: {
      pass: plan({ sessions: [{ id: 's1', title: 'Story circle', methods: ['story circle'], supportAfter: true }] }),
      fail: plan({ sessions: [{ id: 's1', title: 'Story circle', methods: ['story circle'], supportAfter: false }] }),
    },
  },
  check(snapshot) {
    const sharing = snapshot.sessions
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => STORIES.test([s.title ?? '', ...(s.methods ?? [])].join(' ')))
    if (!sharing.length) return inapplicable('no-stories')
    const without = sharing.filter(({ s }) => s.supportAfter === false)
    if (without.length)
      return {
        ...fail('no-support', { count: without.length }),
        places: without.map(({ s, i }) => sessionName(s, i)),
      }
    const unsaid = sharing.filter(({ s }) => s.supportAfter === undefined)
    if (unsaid.length)
      return {
        ...incomplete('unsaid', { sessions: counted('session', unsaid.length) }),
        places: unsaid.map(({ s, i }) => sessionName(s, i)),
      }
    return pass('supported', { count: sharing.length })
  },
})
