/**
 * Words and phrases the language check flags, each with a plainer way to say it and why.
 *
 * Labels come from the briefing ("don't talk about 'hard to reach' people... Labels can be shaming") and the
 * West Yorkshire ATR Language Guide it points to. Jargon is the words services use that people outside them
 * do not. Extend the list with `checkLanguage(text, { extraTerms })`.
 *
 * A term matches whole words, in any case, and its plural (`service users` matches `service user`).
 * Dashes and spaces inside a term match each other (`non-compliant`, `non compliant`).
 */
export interface Term {
  /** The word or phrase, in lower case. */
  term: string
  kind: 'label' | 'jargon'
  /** A plainer way to say it. */
  suggestion: string
  /** Why it matters, in plain words. */
  why: string
}

const SHAMING = 'Labels like this can shame people and blame them for what services did not do.'

export const LABELS: readonly Term[] = [
  { term: 'hard to reach', kind: 'label', suggestion: 'people services have not reached yet', why: 'Often it is services that are hard to reach, not people.' },
  { term: 'hard-to-reach groups', kind: 'label', suggestion: 'groups services have not reached yet', why: 'Often it is services that are hard to reach, not people.' },
  { term: 'seldom heard', kind: 'label', suggestion: 'people we have not listened to', why: 'It puts the silence on people instead of on who was not listening.' },
  { term: 'non-compliant', kind: 'label', suggestion: 'the plan did not work for them', why: SHAMING },
  { term: 'noncompliant', kind: 'label', suggestion: 'the plan did not work for them', why: SHAMING },
  { term: 'frequent flyer', kind: 'label', suggestion: 'someone who needs the service often', why: 'It mocks people for needing help.' },
  { term: 'did not engage', kind: 'label', suggestion: 'we did not find a way that worked for them', why: SHAMING },
  { term: 'failed to engage', kind: 'label', suggestion: 'we did not find a way that worked for them', why: SHAMING },
  { term: 'refused to engage', kind: 'label', suggestion: 'chose not to take part', why: SHAMING },
  { term: 'disengaged', kind: 'label', suggestion: 'stopped coming', why: SHAMING },
  { term: 'failed to attend', kind: 'label', suggestion: 'could not come', why: SHAMING },
  { term: 'service user', kind: 'label', suggestion: 'person who uses the service, or their name', why: 'People are more than their use of a service.' },
  { term: 'challenging behaviour', kind: 'label', suggestion: 'behaviour that shows someone is struggling', why: 'It blames the person, not what is happening to them.' },
  { term: 'vulnerable people', kind: 'label', suggestion: 'people going through a hard time', why: 'It describes people as weak, not their situation.' },
  { term: 'the vulnerable', kind: 'label', suggestion: 'people going through a hard time', why: 'It describes people as weak, not their situation.' },
  { term: 'attention seeking', kind: 'label', suggestion: 'looking for connection or help', why: 'It dismisses a need as a trick.' },
  { term: 'manipulative', kind: 'label', suggestion: 'trying to get needs met', why: 'It dismisses a need as a trick.' },
  { term: 'chaotic lifestyle', kind: 'label', suggestion: 'a lot going on in their life', why: SHAMING },
  { term: 'chaotic', kind: 'label', suggestion: 'a lot going on', why: SHAMING },
  { term: 'lacks insight', kind: 'label', suggestion: 'sees things differently from us', why: 'It treats our view as the only true one.' },
  { term: 'addict', kind: 'label', suggestion: 'person who uses drugs or alcohol', why: 'People are more than one part of their life.' },
  { term: 'offender', kind: 'label', suggestion: 'person with a conviction', why: 'People are more than one part of their life.' },
  { term: 'the homeless', kind: 'label', suggestion: 'people without a home', why: 'People are more than one part of their life.' },
  { term: 'beneficiary', kind: 'label', suggestion: 'person, member, or their name', why: 'It casts people as receivers, not co-producers.' },
  { term: 'difficult to engage', kind: 'label', suggestion: 'not yet reached by us', why: 'Often it is services that are hard to reach, not people.' },
]

export const JARGON: readonly Term[] = [
  { term: 'stakeholder', kind: 'jargon', suggestion: 'people involved', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'leverage', kind: 'jargon', suggestion: 'use', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'deliverable', kind: 'jargon', suggestion: 'what we will make', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'synergy', kind: 'jargon', suggestion: 'working well together', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'holistic', kind: 'jargon', suggestion: 'whole', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'cohort', kind: 'jargon', suggestion: 'group', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'utilise', kind: 'jargon', suggestion: 'use', why: 'A long word where a short one will do.' },
  { term: 'utilize', kind: 'jargon', suggestion: 'use', why: 'A long word where a short one will do.' },
  { term: 'going forward', kind: 'jargon', suggestion: 'from now on', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'touch base', kind: 'jargon', suggestion: 'talk', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'signpost', kind: 'jargon', suggestion: 'tell people about', why: 'Service words like this mean little outside the service.' },
  { term: 'care pathway', kind: 'jargon', suggestion: 'the steps of your care', why: 'Service words like this mean little outside the service.' },
  { term: 'pathway', kind: 'jargon', suggestion: 'steps, or route', why: 'Service words like this mean little outside the service.' },
  { term: 'intervention', kind: 'jargon', suggestion: 'support, or what we do', why: 'Service words like this mean little outside the service.' },
  { term: 'capacity building', kind: 'jargon', suggestion: 'helping people learn and grow', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'outcomes framework', kind: 'jargon', suggestion: 'how we will know it worked', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'key performance indicator', kind: 'jargon', suggestion: 'what we count to see if it works', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'evidence-based', kind: 'jargon', suggestion: 'shown to work', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'best practice', kind: 'jargon', suggestion: 'what works well', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'co-located', kind: 'jargon', suggestion: 'in the same place', why: 'Service words like this mean little outside the service.' },
  { term: 'multi-agency', kind: 'jargon', suggestion: 'with other services', why: 'Service words like this mean little outside the service.' },
  { term: 'step-down', kind: 'jargon', suggestion: 'less support', why: 'Service words like this mean little outside the service.' },
  { term: 'onboarding', kind: 'jargon', suggestion: 'getting started', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'facilitate', kind: 'jargon', suggestion: 'run, or help', why: 'A long word where a short one will do.' },
  { term: 'commence', kind: 'jargon', suggestion: 'start', why: 'A long word where a short one will do.' },
  { term: 'in order to', kind: 'jargon', suggestion: 'to', why: 'Extra words make a sentence harder to read.' },
]

/** Every built-in term: labels first, then jargon. */
export const WORD_LIST: readonly Term[] = [...LABELS, ...JARGON]

/** Short forms people in the UK know without being told. They are never flagged. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(['UK', 'NHS', 'GP', 'TV', 'OK', 'BBC', 'AM', 'PM', 'ID', 'I', 'A', 'A&E', 'COVID'])
