import { count, sessionName } from '../../facts/evidence.js'
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
      'When people tell their stories, plan time and a person for afterwards: a quiet space, a cup of tea, someone they trust to talk to. Mark the session `supportAfter: true`.',
    path: 'sessions',
    examples: {
      pass: plan({ sessions: [{ id: 's1', title: 'Story circle', methods: ['story circle'], supportAfter: true }] }),
      fail: plan({ sessions: [{ id: 's1', title: 'Story circle', methods: ['story circle'], supportAfter: false }] }),
    },
  },
  check(snapshot) {
    const sharing = snapshot.sessions
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => STORIES.test([s.title ?? '', ...(s.methods ?? [])].join(' ')))
    if (!sharing.length) return inapplicable('No session is planned around sharing stories.')
    const without = sharing.filter(({ s }) => s.supportAfter === false)
    if (without.length)
      return {
        ...fail(
          `${count(without.length, 'session')} where people share their stories ${without.length === 1 ? 'has' : 'have'} no support afterwards.`,
        ),
        places: without.map(({ s, i }) => sessionName(s, i)),
      }
    const unsaid = sharing.filter(({ s }) => s.supportAfter === undefined)
    if (unsaid.length)
      return {
        ...incomplete(
          `The plan does not say if there is support after ${count(unsaid.length, 'session')} where people share their stories.`,
        ),
        places: unsaid.map(({ s, i }) => sessionName(s, i)),
      }
    return pass(`Every session where people share their stories (${sharing.length}) has support afterwards.`)
  },
})
