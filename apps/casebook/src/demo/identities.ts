import type { Actor } from '@coproduce/core'
import type { MessageKey } from '../i18n/messages.en.js'
import { DEMO_HOUSING_INITIATIVE_ID, DEMO_MEMBER_IDS, DEMO_STAFF_ID } from './ids.js'
import { HOUSING_STAFF } from './seed-housing.js'

/** The people you can be in the demo. In a real system this comes from the host's own sign-in. */
export interface DemoIdentity {
  key: string
  name: string
  /** What this person does, in plain words, shown on the login picker (a message key: it is said in each language). */
  description: MessageKey
  /** What Coproduce sees: null for someone who has not said who they are. */
  actor: Actor | null
  /** The member record this person has in the demo initiative, if any. */
  memberId?: string
  /** Where they land after choosing. */
  home: string
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  {
    key: 'sam',
    name: 'Sam Okafor',
    description: 'who.sam',
    actor: { id: DEMO_STAFF_ID, roles: ['staff'] },
    home: '/caseload',
  },
  {
    key: 'kemi',
    name: 'Kemi Adeyemi',
    description: 'who.kemi',
    actor: HOUSING_STAFF,
    home: `/initiatives/${DEMO_HOUSING_INITIATIVE_ID}`,
  },
  {
    key: 'amira',
    name: 'Amira Hussain',
    description: 'who.member',
    actor: { id: DEMO_MEMBER_IDS.amira, roles: ['member'] },
    memberId: DEMO_MEMBER_IDS.amira,
    home: '/take-part',
  },
  {
    key: 'dave',
    name: 'Dave Price',
    description: 'who.member',
    actor: { id: DEMO_MEMBER_IDS.dave, roles: ['member'] },
    memberId: DEMO_MEMBER_IDS.dave,
    home: '/take-part',
  },
  {
    key: 'priya',
    name: 'Priya Shah',
    description: 'who.priya',
    actor: { id: DEMO_MEMBER_IDS.priya, roles: ['member'] },
    memberId: DEMO_MEMBER_IDS.priya,
    home: '/take-part',
  },
  {
    key: 'visitor',
    name: 'A visitor',
    description: 'who.visitor',
    actor: null,
    home: '/take-part',
  },
]

export const findIdentity = (key: string | undefined | null): DemoIdentity | undefined =>
  DEMO_IDENTITIES.find((identity) => identity.key === key)

export const isStaffIdentity = (identity: DemoIdentity | undefined): boolean => !!identity?.actor?.roles.includes('staff')
