import type { ConsentPurpose } from '../schemas/consent.js'
import { DEFAULT_PURPOSE_TRANSLATIONS } from './default-purposes-translations.js'

/**
 * The seven default consent purposes, in English. Each one is asked about on its own: nothing is bundled or
 * pre-ticked. The words are plain (reading age about 9) because they are shown to people as they are.
 */
const ENGLISH: readonly ConsentPurpose[] = [
  {
    id: 'store-contribution',
    title: 'Can we keep what you tell us?',
    description: 'We will keep your words, ratings and pictures so the group can look at them again and act on them.',
    audience: 'The people who run this work.',
    dataCategories: ['your words', 'your ratings', 'your pictures or recordings'],
    retention: { description: 'We keep them until the work ends, then for one more year.' },
    thirdParties: [],
    version: 1,
  },
  {
    id: 'quote-anonymously',
    title: 'Can we share your words without your name?',
    description: 'We may show what you said in updates and reports. We will not say who said it.',
    audience: 'Anyone who reads our updates and reports.',
    dataCategories: ['your words'],
    retention: { description: 'Until you say stop. You can say stop at any time.' },
    thirdParties: [],
    version: 1,
  },
  {
    id: 'quote-with-name',
    title: 'Can we share your words with your name?',
    description: 'We may show what you said in updates and reports, with your name next to it.',
    audience: 'Anyone who reads our updates and reports.',
    dataCategories: ['your words', 'your name'],
    retention: { description: 'Until you say stop. You can say stop at any time.' },
    thirdParties: [],
    version: 1,
  },
  {
    id: 'credit-by-name',
    title: 'Can we thank you by name?',
    description: 'We may put your name in a list of people who helped make this happen.',
    audience: 'Anyone who reads our updates and reports.',
    dataCategories: ['your name'],
    retention: { description: 'Until you say stop. You can say stop at any time.' },
    thirdParties: [],
    version: 1,
  },
  {
    id: 'contact-with-updates',
    title: 'Can we tell you what happened next?',
    description: 'We will get in touch, in the way you chose, to tell you what we did with what you said.',
    audience: 'The people who run this work.',
    dataCategories: ['your contact details'],
    retention: { description: 'Until the work ends, or until you say stop.' },
    thirdParties: [],
    version: 1,
  },
  {
    id: 'share-with-partners',
    title: 'Can we share what you said with partners?',
    description: 'We may share what you said with other groups we work with, so they can help change things too.',
    audience: 'Other groups we work with on this.',
    dataCategories: ['your words', 'your ratings'],
    retention: { description: 'Each group keeps it only as long as the work needs it.' },
    thirdParties: ['groups we work with on this'],
    version: 1,
  },
  {
    id: 'photo-and-video',
    title: 'Can we take photos or videos with you in them?',
    description: 'We may take photos or videos at our meetings and show them in updates and reports.',
    audience: 'Anyone who reads our updates and reports.',
    dataCategories: ['photos of you', 'videos of you'],
    retention: { description: 'Until you say stop. You can say stop at any time.' },
    thirdParties: [],
    version: 1,
  },
]

/** The same, each with its words in Welsh and Urdu too (`translations`); the English words are the main ones. */
export const DEFAULT_PURPOSES: readonly ConsentPurpose[] = ENGLISH.map((purpose) => ({
  ...purpose,
  lang: 'en',
  translations: { ...DEFAULT_PURPOSE_TRANSLATIONS[purpose.id] },
}))

export const DEFAULT_PURPOSE_IDS = DEFAULT_PURPOSES.map((p) => p.id)

/** The words recorded with a decision when the caller does not say what was shown. */
export const defaultNoticeText = (purpose: ConsentPurpose): string => `${purpose.title} ${purpose.description}`
