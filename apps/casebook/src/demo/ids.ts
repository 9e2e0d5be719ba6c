/**
 * Fixed ids, so the demo reads the same every time and seeding can tell it has already run. Ids never contain a
 * person's name: an id stays in events, consent history and payments after erasure, so a name in it would too.
 */
export const DEMO_INITIATIVE_ID = 'leeds-truth-commission'

export const DEMO_MEMBER_IDS = {
  amira: 'member-0001',
  dave: 'member-0002',
  joy: 'member-0003',
  tom: 'member-0004',
  priya: 'member-0005',
} as const

/** The caseworker who runs the demo (staff), and the member record they have in the initiative. */
export const DEMO_STAFF_ID = 'staff-0001'
export const DEMO_STAFF_MEMBER_ID = 'member-0006'

/**
 * A second organisation, so the demo shows that organisations are kept apart: a housing association with its
 * own caseworker and its own residents' panel. Its caseworker cannot open the Truth Commission, nor the
 * advice service's caseworker the panel.
 */
export const DEMO_HOUSING_ORGANISATION_ID = 'riverside-housing'
export const DEMO_HOUSING_INITIATIVE_ID = 'riverside-repairs-panel'
export const DEMO_HOUSING_STAFF_ID = 'staff-0101'
