import { DEMO_MEMBER_IDS } from './ids.js'

/** A case on the caseworker's list. This is Casebook's own data, not Coproduce's. */
export interface CaseRecord {
  ref: string
  name: string
  /** What the person wants help with, in their words. */
  support: string
  status: 'open' | 'waiting' | 'closing'
  /** Days from today until the next planned contact. */
  nextContactInDays: number
  keyworker: string
  /** Set when the person is also a member of the Truth Commission. */
  memberId?: string
}

export const CASELOAD: readonly CaseRecord[] = [
  {
    ref: 'CB-1042',
    name: 'Amira Hussain',
    support: 'Housing repairs and a benefits review',
    status: 'open',
    nextContactInDays: 2,
    keyworker: 'Sam Okafor',
    memberId: DEMO_MEMBER_IDS.amira,
  },
  {
    ref: 'CB-1057',
    name: 'Dave Price',
    support: 'Getting back into work after an injury',
    status: 'open',
    nextContactInDays: 5,
    keyworker: 'Sam Okafor',
    memberId: DEMO_MEMBER_IDS.dave,
  },
  {
    ref: 'CB-1063',
    name: 'Grace Adeyemi',
    support: 'Debt advice and a food bank referral',
    status: 'waiting',
    nextContactInDays: 1,
    keyworker: 'Sam Okafor',
  },
  {
    ref: 'CB-1071',
    name: 'Joy Mensah',
    support: 'Moving to a flat nearer her daughter',
    status: 'open',
    nextContactInDays: 9,
    keyworker: 'Sam Okafor',
    memberId: DEMO_MEMBER_IDS.joy,
  },
  {
    ref: 'CB-1088',
    name: 'Kieran Doyle',
    support: 'Help with a personal independence payment form',
    status: 'closing',
    nextContactInDays: 14,
    keyworker: 'Sam Okafor',
  },
  {
    ref: 'CB-1092',
    name: 'Tom Walsh',
    support: 'Energy bills and a warm home grant',
    status: 'waiting',
    nextContactInDays: 3,
    keyworker: 'Sam Okafor',
    memberId: DEMO_MEMBER_IDS.tom,
  },
]

/** What each case status is called: a message key, said in each language. */
export const STATUS_WORDS = { open: 'case.open', waiting: 'case.waiting', closing: 'case.closing' } as const satisfies Record<
  CaseRecord['status'],
  string
>

export const findCase = (ref: string): CaseRecord | undefined => CASELOAD.find((record) => record.ref === ref)
