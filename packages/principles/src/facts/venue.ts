import type { InitiativeSnapshot } from '@coproduce/core'

type Venue = NonNullable<InitiativeSnapshot['sessions'][number]['venue']>

/** Words in a place's name that mean a professional or service space, whatever its `kind` says. */
const PROFESSIONAL_NAME =
  /\b(board ?rooms?|council chambers?|committee rooms?|meeting rooms?|conference rooms?|offices?|head ?quarters|hq|civic (?:hall|centre|center|offices)|town hall|city hall|job ?centre|clinic|hospital|surgery|police station|probation|court)\b/i

/** Is this a professional or service space? From its kind, and from its name when the name says more. */
export function isProfessionalPlace(venue: Venue): boolean {
  return venue.kind === 'professional' || venue.kind === 'service-premises' || PROFESSIONAL_NAME.test(venue.name)
}

/** Why a place counts as professional: its kind, or words in its name. */
export function professionalBecause(venue: Venue): 'kind' | 'name' | undefined {
  if (venue.kind === 'professional' || venue.kind === 'service-premises') return 'kind'
  return PROFESSIONAL_NAME.test(venue.name) ? 'name' : undefined
}
