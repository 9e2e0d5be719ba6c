import { defineRule } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

/**
 * Words and phrases that name creative, participative methods. A method matches a whole word or phrase
 * (with a plural or -ing ending), never a prefix: "article", "timeline review" and "model costs" are not creative.
 */
export const CREATIVE_METHODS = [
  'photo',
  'photograph',
  'photovoice',
  'draw',
  'drawing',
  'art',
  'artwork',
  'collage',
  'mapping',
  'body map',
  'journey map',
  'community map',
  'story',
  'stories',
  'storytelling',
  'story circle',
  'walk',
  'walking',
  'theatre',
  'drama',
  'music',
  'song',
  'poem',
  'poetry',
  'craft',
  'game',
  'film',
  'video',
  'zine',
  'cook',
  'cooking',
  'shared meal',
  'meal',
  'garden',
  'gardening',
  'lego',
  'world cafe',
  'creative',
  'peer research',
  'sculpt',
  'sculpture',
  'paint',
  'painting',
  'podcast',
  'puppet',
  'comic',
  'dance',
] as const

const creative = new RegExp(`\\b(${CREATIVE_METHODS.map((m) => m.replace(' ', '\\s+')).join('|')})(s|es)?\\b`, 'i')

export const creativeMethods = defineRule({
  meta: {
    id: 'creative-methods',
    principles: ['empowerment-voice-choice', 'cultural-historical-gender'],
    stage: 'actions',
    severity: 'info',
    source: 'Actions: Methods of co-production',
    quote:
      'Use methods and approaches that enable everyone to share if they want to. Creative participative methods yield a wider range of knowledge and experience.',
    docs: docsFor('creative-methods'),
    description:
      'Checks that the work uses at least one creative way to share (stories, photos, drawing, walks, maps), not only reports, surveys and meetings.',
    guidance:
      'Offer ways to share that do not need reading or writing: photos, drawing, story circles, walks, maps of a journey, cooking together. Let people choose. Write down which ways you offer, for the whole work or for each session.',
    inPlanFile: '`methods` on the initiative or on each session.',
    path: 'initiative.methods',
    messages: {
      unsaid: 'The plan does not say which methods you will use.',
      'words-only': 'The methods ({methods}) all rely on talking, reading or writing.',
      creative: 'The work uses creative methods: {methods}.',
    },
    examples: {
      pass: plan({ initiative: { methods: ['story circle', 'photovoice'] } }),
      fail: plan({ initiative: { methods: ['survey', 'written report'] } }),
    },
  },
  check(_snapshot, ctx) {
    const methods = ctx.index.methods
    if (methods.length === 0) return incomplete('unsaid')
    const found = methods.filter((m) => creative.test(m))
    if (found.length === 0) return fail('words-only', { methods: { list: [...new Set(methods)], join: 'commas' } })
    return pass('creative', { methods: { list: [...new Set(found)], join: 'commas' } })
  },
})
