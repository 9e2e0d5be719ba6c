/** Fixed ids, so the demo reads the same every time and seeding can tell it has already run. */
export const DEMO_INITIATIVE_ID = 'leeds-truth-commission'

export const DEMO_MEMBER_IDS = {
  amira: 'member-amira-hussain',
  dave: 'member-dave-price',
  joy: 'member-joy-mensah',
  tom: 'member-tom-walsh',
  priya: 'member-priya-shah',
} as const
