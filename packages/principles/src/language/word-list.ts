/**
 * Words and phrases the language check flags, each with a plainer way to say it and why.
 *
 * Labels come from the briefing ("don't talk about 'hard to reach' people... Labels can be shaming") and from
 * published language guides for health, housing, social care and poverty work. Each label names its `source`:
 *
 * - ATR: West Yorkshire Adversity, Trauma and Resilience Programme, "Language Guide" (the briefing points to it).
 * - NHS: NHS England, "Language Matters: Language and diabetes" (2018).
 * - GOV.UK: Disability Unit, "Inclusive language: words to use and avoid when writing about disability".
 * - SAMARITANS: Samaritans, "Media guidelines for reporting suicide".
 * - SDF: Scottish Drugs Forum, "Moving beyond 'people-first' language" (2020).
 * - TACT: TACT Fostering and Adoption, "Language that cares" (2019), on children in care.
 * - JRF: Joseph Rowntree Foundation and FrameWorks Institute, "How to talk about poverty in the UK" (2018).
 * - CRISIS: Crisis and FrameWorks Institute, "Talking about homelessness" (2018).
 * - AGEING: Centre for Ageing Better, "An inclusive language guide: talking about ageing".
 * - MIGRATION: Refugee Council and NUJ guidance on reporting asylum and migration.
 *
 * Jargon is the words services use that people outside them do not. Extend the list with
 * `checkLanguage(text, { extraTerms })`. Each label has a test in `word-list.test.ts`.
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
  /** The published guide it comes from (see the list above), for labels. */
  source?: string
}

const SHAMING = 'Labels like this can shame people and blame them for what services did not do.'

export const LABELS: readonly Term[] = [
  {
    term: 'hard to reach',
    kind: 'label',
    source: 'ATR',
    suggestion: 'people services have not reached yet',
    why: 'Often it is services that are hard to reach, not people.',
  },
  {
    term: 'hard-to-reach groups',
    kind: 'label',
    source: 'ATR',
    suggestion: 'groups services have not reached yet',
    why: 'Often it is services that are hard to reach, not people.',
  },
  {
    term: 'seldom heard',
    kind: 'label',
    source: 'ATR',
    suggestion: 'people we have not listened to',
    why: 'It puts the silence on people instead of on who was not listening.',
  },
  { term: 'non-compliant', kind: 'label', source: 'NHS', suggestion: 'the plan did not work for them', why: SHAMING },
  { term: 'noncompliant', kind: 'label', source: 'ATR', suggestion: 'the plan did not work for them', why: SHAMING },
  {
    term: 'frequent flyer',
    kind: 'label',
    source: 'ATR',
    suggestion: 'someone who needs the service often',
    why: 'It mocks people for needing help.',
  },
  { term: 'did not engage', kind: 'label', source: 'ATR', suggestion: 'we did not find a way that worked for them', why: SHAMING },
  { term: 'failed to engage', kind: 'label', source: 'ATR', suggestion: 'we did not find a way that worked for them', why: SHAMING },
  { term: 'refused to engage', kind: 'label', source: 'ATR', suggestion: 'chose not to take part', why: SHAMING },
  { term: 'disengaged', kind: 'label', source: 'ATR', suggestion: 'stopped coming', why: SHAMING },
  { term: 'failed to attend', kind: 'label', source: 'ATR', suggestion: 'could not come', why: SHAMING },
  {
    term: 'service user',
    kind: 'label',
    source: 'ATR',
    suggestion: 'person who uses the service, or their name',
    why: 'People are more than their use of a service.',
  },
  {
    term: 'challenging behaviour',
    kind: 'label',
    source: 'ATR',
    suggestion: 'behaviour that shows someone is struggling',
    why: 'It blames the person, not what is happening to them.',
  },
  {
    term: 'vulnerable people',
    kind: 'label',
    source: 'ATR',
    suggestion: 'people going through a hard time',
    why: 'It describes people as weak, not their situation.',
  },
  {
    term: 'the vulnerable',
    kind: 'label',
    source: 'ATR',
    suggestion: 'people going through a hard time',
    why: 'It describes people as weak, not their situation.',
  },
  {
    term: 'attention seeking',
    kind: 'label',
    source: 'ATR',
    suggestion: 'looking for connection or help',
    why: 'It dismisses a need as a trick.',
  },
  { term: 'manipulative', kind: 'label', source: 'ATR', suggestion: 'trying to get needs met', why: 'It dismisses a need as a trick.' },
  { term: 'chaotic lifestyle', kind: 'label', source: 'ATR', suggestion: 'a lot going on in their life', why: SHAMING },
  { term: 'chaotic', kind: 'label', source: 'ATR', suggestion: 'a lot going on', why: SHAMING },
  {
    term: 'lacks insight',
    kind: 'label',
    source: 'ATR',
    suggestion: 'sees things differently from us',
    why: 'It treats our view as the only true one.',
  },
  {
    term: 'addict',
    kind: 'label',
    source: 'ATR',
    suggestion: 'person who uses drugs or alcohol',
    why: 'People are more than one part of their life.',
  },
  {
    term: 'offender',
    kind: 'label',
    source: 'ATR',
    suggestion: 'person with a conviction',
    why: 'People are more than one part of their life.',
  },
  {
    term: 'the homeless',
    kind: 'label',
    source: 'ATR',
    suggestion: 'people without a home',
    why: 'People are more than one part of their life.',
  },
  {
    term: 'beneficiary',
    kind: 'label',
    source: 'ATR',
    suggestion: 'person, member, or their name',
    why: 'It casts people as receivers, not co-producers.',
  },
  {
    term: 'difficult to engage',
    kind: 'label',
    source: 'ATR',
    suggestion: 'not yet reached by us',
    why: 'Often it is services that are hard to reach, not people.',
  },
  {
    term: 'suffers from',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'has, or lives with',
    why: 'It paints people as victims of their condition.',
  },
  {
    term: 'wheelchair bound',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'wheelchair user',
    why: 'A wheelchair gives freedom; it does not tie people down.',
  },
  {
    term: 'confined to a wheelchair',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'uses a wheelchair',
    why: 'A wheelchair gives freedom; it does not tie people down.',
  },
  {
    term: 'the disabled',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'disabled people',
    why: 'It turns people into a group defined by one thing.',
  },
  { term: 'handicapped', kind: 'label', source: 'GOV.UK', suggestion: 'disabled', why: 'An old word many people find hurtful.' },
  {
    term: 'mentally handicapped',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'with a learning disability',
    why: 'An old word many people find hurtful.',
  },
  {
    term: 'committed suicide',
    kind: 'label',
    source: 'SAMARITANS',
    suggestion: 'died by suicide, or took their own life',
    why: '"Committed" sounds like a crime, and adds to the shame families feel.',
  },
  {
    term: 'mental patient',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'person with a mental health problem',
    why: 'People are more than one part of their life.',
  },
  {
    term: 'the mentally ill',
    kind: 'label',
    source: 'GOV.UK',
    suggestion: 'people with mental health problems',
    why: 'It turns people into a group defined by one thing.',
  },
  { term: 'junkie', kind: 'label', source: 'SDF', suggestion: 'person who uses drugs', why: 'A slur that keeps people away from help.' },
  {
    term: 'drug abuser',
    kind: 'label',
    source: 'SDF',
    suggestion: 'person who uses drugs',
    why: '"Abuse" blames people and adds to stigma.',
  },
  {
    term: 'substance abuse',
    kind: 'label',
    source: 'SDF',
    suggestion: 'drug or alcohol use',
    why: '"Abuse" blames people and adds to stigma.',
  },
  {
    term: 'alcoholic',
    kind: 'label',
    source: 'SDF',
    suggestion: 'person with an alcohol problem',
    why: 'People are more than one part of their life.',
  },
  {
    term: 'clean and sober',
    kind: 'label',
    source: 'SDF',
    suggestion: 'not using drugs or alcohol',
    why: 'It suggests people who use drugs are dirty.',
  },
  {
    term: 'looked after child',
    kind: 'label',
    source: 'TACT',
    suggestion: 'child in care, or their name',
    why: 'Children in care say service labels make them feel different.',
  },
  {
    term: 'respite care',
    kind: 'label',
    source: 'TACT',
    suggestion: 'a short break',
    why: 'It makes a child sound like a burden to be rested from.',
  },
  {
    term: 'absconded',
    kind: 'label',
    source: 'TACT',
    suggestion: 'left without saying, or went missing',
    why: 'It is a word for prisoners, not children or adults we support.',
  },
  {
    term: 'the poor',
    kind: 'label',
    source: 'JRF',
    suggestion: 'people on low incomes',
    why: 'It makes poverty sound like who people are, not what is happening to them.',
  },
  {
    term: 'benefit scrounger',
    kind: 'label',
    source: 'JRF',
    suggestion: 'person getting benefits',
    why: 'It blames people for needing support they are owed.',
  },
  {
    term: 'welfare dependent',
    kind: 'label',
    source: 'JRF',
    suggestion: 'getting benefits',
    why: 'It blames people for needing support they are owed.',
  },
  {
    term: 'troubled families',
    kind: 'label',
    source: 'JRF',
    suggestion: 'families going through a hard time',
    why: 'It blames families for problems they did not make.',
  },
  {
    term: 'rough sleeper',
    kind: 'label',
    source: 'CRISIS',
    suggestion: 'person sleeping rough',
    why: 'Sleeping rough is something that happens to people, not who they are.',
  },
  {
    term: 'vagrant',
    kind: 'label',
    source: 'CRISIS',
    suggestion: 'person without a home',
    why: 'An old legal word that treats people as a nuisance.',
  },
  {
    term: 'bed blocker',
    kind: 'label',
    source: 'NHS',
    suggestion: 'person waiting to leave hospital',
    why: 'It blames patients for delays in care.',
  },
  {
    term: 'the elderly',
    kind: 'label',
    source: 'AGEING',
    suggestion: 'older people',
    why: 'It lumps people together and suggests they are frail.',
  },
  {
    term: 'illegal immigrant',
    kind: 'label',
    source: 'MIGRATION',
    suggestion: 'person without the right papers, or undocumented migrant',
    why: 'A person cannot be illegal.',
  },
  {
    term: 'bogus asylum seeker',
    kind: 'label',
    source: 'MIGRATION',
    suggestion: 'person whose asylum claim was refused',
    why: 'It calls people liars for asking for safety.',
  },
  {
    term: 'ex-offender',
    kind: 'label',
    source: 'ATR',
    suggestion: 'person with a conviction',
    why: 'People are more than one part of their life.',
  },
  {
    term: 'unmotivated',
    kind: 'label',
    source: 'ATR',
    suggestion: 'not ready yet, or finding it hard right now',
    why: 'It blames the person, not what is happening to them.',
  },
]

export const JARGON: readonly Term[] = [
  {
    term: 'stakeholder',
    kind: 'jargon',
    suggestion: 'people involved',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  { term: 'leverage', kind: 'jargon', suggestion: 'use', why: 'Jargon makes people feel left out, and they may not come back.' },
  {
    term: 'deliverable',
    kind: 'jargon',
    suggestion: 'what we will make',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  {
    term: 'synergy',
    kind: 'jargon',
    suggestion: 'working well together',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  { term: 'holistic', kind: 'jargon', suggestion: 'whole', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'cohort', kind: 'jargon', suggestion: 'group', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'utilise', kind: 'jargon', suggestion: 'use', why: 'A long word where a short one will do.' },
  { term: 'utilize', kind: 'jargon', suggestion: 'use', why: 'A long word where a short one will do.' },
  {
    term: 'going forward',
    kind: 'jargon',
    suggestion: 'from now on',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  { term: 'touch base', kind: 'jargon', suggestion: 'talk', why: 'Jargon makes people feel left out, and they may not come back.' },
  { term: 'signpost', kind: 'jargon', suggestion: 'tell people about', why: 'Service words like this mean little outside the service.' },
  {
    term: 'care pathway',
    kind: 'jargon',
    suggestion: 'the steps of your care',
    why: 'Service words like this mean little outside the service.',
  },
  { term: 'pathway', kind: 'jargon', suggestion: 'steps, or route', why: 'Service words like this mean little outside the service.' },
  {
    term: 'intervention',
    kind: 'jargon',
    suggestion: 'support, or what we do',
    why: 'Service words like this mean little outside the service.',
  },
  {
    term: 'capacity building',
    kind: 'jargon',
    suggestion: 'helping people learn and grow',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  {
    term: 'outcomes framework',
    kind: 'jargon',
    suggestion: 'how we will know it worked',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  {
    term: 'key performance indicator',
    kind: 'jargon',
    suggestion: 'what we count to see if it works',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  {
    term: 'evidence-based',
    kind: 'jargon',
    suggestion: 'shown to work',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  {
    term: 'best practice',
    kind: 'jargon',
    suggestion: 'what works well',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  { term: 'co-located', kind: 'jargon', suggestion: 'in the same place', why: 'Service words like this mean little outside the service.' },
  {
    term: 'multi-agency',
    kind: 'jargon',
    suggestion: 'with other services',
    why: 'Service words like this mean little outside the service.',
  },
  { term: 'step-down', kind: 'jargon', suggestion: 'less support', why: 'Service words like this mean little outside the service.' },
  {
    term: 'onboarding',
    kind: 'jargon',
    suggestion: 'getting started',
    why: 'Jargon makes people feel left out, and they may not come back.',
  },
  { term: 'facilitate', kind: 'jargon', suggestion: 'run, or help', why: 'A long word where a short one will do.' },
  { term: 'commence', kind: 'jargon', suggestion: 'start', why: 'A long word where a short one will do.' },
  { term: 'in order to', kind: 'jargon', suggestion: 'to', why: 'Extra words make a sentence harder to read.' },
]

/** Every built-in term: labels first, then jargon. */
export const WORD_LIST: readonly Term[] = [...LABELS, ...JARGON]

/** Short forms people in the UK know without being told. They are never flagged. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'UK',
  'NHS',
  'GP',
  'TV',
  'OK',
  'BBC',
  'AM',
  'PM',
  'ID',
  'I',
  'A',
  'A&E',
  'COVID',
])
