import { CoproduceError, DEFAULT_STAGES, type Actor, type Coproduction, type FeedbackInput } from '@coproduce/core'
import { DEMO_INITIATIVE_ID, DEMO_MEMBER_IDS, DEMO_STAFF_ID, DEMO_STAFF_MEMBER_ID } from './ids.js'
import { seedDecisions } from './seed-decisions.js'
import { seedHousing } from './seed-housing.js'
import type { ShiftableClock } from './shiftable-clock.js'

const STAFF: Actor = { id: DEMO_STAFF_ID, roles: ['staff'] }
const asStaff = { actor: STAFF }
const asMember = (memberId: string) => ({ actor: { id: memberId, roles: ['member'] } })

/** The real living wage per hour outside London (Living Wage Foundation). */
export const LIVING_WAGE_GBP = 13.45

const DAY = 24 * 60 * 60 * 1000

/**
 * Fills an empty store with the demo: a Truth Commission with a few months of history, dated back from `today`.
 * Does nothing when the demo initiative is already there. Returns true when it seeded.
 */
export async function seedDemo(cp: Coproduction, clock: ShiftableClock, today: Date = new Date()): Promise<boolean> {
  // The second organisation goes in on its own check, so a store seeded before it existed gains it too.
  await seedHousing(cp)
  if (await exists(cp)) return false
  const daysAgo = (days: number, hour = 10) => {
    const at = new Date(today.getTime() - days * DAY)
    at.setUTCHours(hour, 0, 0, 0)
    return at
  }
  const iso = (date: Date) => date.toISOString()
  const isoDate = (date: Date) => date.toISOString().slice(0, 10)
  const at = async <T>(when: Date, work: () => Promise<T>): Promise<T> => {
    clock.set(when)
    try {
      return await work()
    } finally {
      clock.reset()
    }
  }
  const m = DEMO_MEMBER_IDS
  const start = daysAgo(170)

  await at(start, () =>
    cp.initiatives.create(
      {
        id: DEMO_INITIATIVE_ID,
        title: 'Cost of Living Truth Commission',
        purpose:
          'People who have lived through hard times meet the people who run help in the city. We meet as equals. We tell the truth about what it is like to get help. Then we change how help works.',
        problemFraming: 'open',
        scope: {
          negotiable: [
            'How the advice service talks to people: letters, texts and phone calls',
            'Where and when we meet people',
            'What help is offered first',
          ],
          nonNegotiable: [
            'The rules for who can get benefits, which are set by the government',
            'The size of the advice service budget this year',
          ],
        },
        stages: DEFAULT_STAGES.map((stage, index) => ({
          ...stage,
          start: isoDate(new Date(start.getTime() + index * 90 * DAY)),
          end: isoDate(new Date(start.getTime() + (index + 1) * 90 * DAY)),
        })),
        timeline: { start: isoDate(start), end: isoDate(new Date(start.getTime() + 360 * DAY)), deadlineFixed: false },
        outcomes: {
          fixedInAdvance: false,
          description: 'We did not decide the answers in advance. Members chose the three things to work on.',
        },
        aims: {
          text: 'Getting help should not feel like a fight. We want clear letters, one place to tell your story, and help that comes to where people are.',
          agreedWith: [m.amira, m.dave, m.joy, m.tom],
          agreedAt: isoDate(daysAgo(150)),
        },
        agreements: [
          { text: 'Everyone speaks for themselves. Nobody has to share more than they want to.', decidedTogether: true },
          { text: 'No jargon. If someone uses a word you do not know, say so, and they explain it.', decidedTogether: true },
          { text: 'What is said in the room stays in the room unless the person says it can be shared.', decidedTogether: true },
        ],
        powerReflection: {
          completedAt: isoDate(daysAgo(165)),
          notes: 'Staff talked about the power they hold over people who need the service, and agreed to meet away from the office.',
        },
        paymentPolicy: {
          method: 'choice',
          hourlyRate: LIVING_WAGE_GBP,
          currency: 'GBP',
          voucherReason: 'We pay in cash. If you are worried about your benefits, you can choose vouchers.',
          benefitsAdviceOffered: true,
          expenses: ['bus fares', 'childcare', 'a hot meal at every session'],
        },
        methods: ['story circles', 'photo walks', 'shared meals', 'drawing and mapping'],
        riskDecisions: [
          {
            topic: 'Meeting people at home for peer research',
            decision:
              'Peer researchers go in pairs and text the group when they arrive and leave. We decided this together instead of a lone-working policy.',
            decidedTogether: true,
          },
        ],
        groupChangePlan: 'People can step back and come back at any time. New members join at the start of each stage, with a buddy.',
        leadership: {
          livedExperienceLed: true,
          existingGroupsConsidered: true,
          notes: 'One of our members already ran a Tuesday coffee morning. We joined that group instead of starting a new one.',
        },
        communication: { updateEveryDays: 30, channels: ['text', 'post', 'in-person'] },
        consentPractice: { granular: true, preTicked: false, withdrawable: true, noticeTextRecorded: true },
        label: 'co-production',
        allowAnonymousFeedback: true,
      },
      asStaff,
    ),
  )

  const members: {
    id: string
    displayName: string
    roles: ('lived-experience' | 'practitioner' | 'commissioner' | 'facilitator' | 'peer-researcher')[]
    hostRef?: string
    paymentPreference?: 'cash' | 'voucher' | 'none'
    accessNeeds?: string[]
    contactPreferences?: ('email' | 'phone' | 'text' | 'post' | 'in-person')[]
    joined: number
  }[] = [
    {
      id: m.amira,
      displayName: 'Amira Hussain',
      roles: ['lived-experience'],
      hostRef: 'CB-1042',
      paymentPreference: 'cash',
      contactPreferences: ['text'],
      joined: 168,
    },
    {
      id: m.dave,
      displayName: 'Dave Price',
      roles: ['lived-experience'],
      hostRef: 'CB-1057',
      paymentPreference: 'cash',
      accessNeeds: ['step-free access'],
      contactPreferences: ['phone'],
      joined: 168,
    },
    {
      id: m.joy,
      displayName: 'Joy Mensah',
      roles: ['lived-experience', 'peer-researcher'],
      hostRef: 'CB-1071',
      paymentPreference: 'cash',
      contactPreferences: ['in-person'],
      joined: 160,
    },
    {
      id: m.tom,
      displayName: 'Tom Walsh',
      roles: ['lived-experience'],
      hostRef: 'CB-1092',
      paymentPreference: 'voucher',
      accessNeeds: ['large print'],
      contactPreferences: ['post'],
      joined: 120,
    },
    { id: m.priya, displayName: 'Priya Shah', roles: ['commissioner'], paymentPreference: 'none', joined: 140 },
    { id: DEMO_STAFF_MEMBER_ID, displayName: 'Sam Okafor', roles: ['practitioner'], paymentPreference: 'none', joined: 170 },
  ]
  for (const member of members) {
    const { joined, ...input } = member
    await at(daysAgo(joined), () =>
      cp.members.join({ ...input, initiativeId: DEMO_INITIATIVE_ID, joinedAt: iso(daysAgo(joined)) }, asStaff),
    )
  }

  // Consent: each person decides each use on its own. Tom has not been asked yet.
  const decisions: [string, string, 'give' | 'refuse', number][] = [
    [m.amira, 'store-contribution', 'give', 160],
    [m.amira, 'quote-with-name', 'give', 160],
    [m.amira, 'credit-by-name', 'give', 160],
    [m.amira, 'contact-with-updates', 'give', 160],
    [m.dave, 'store-contribution', 'give', 150],
    [m.dave, 'quote-anonymously', 'give', 150],
    [m.dave, 'credit-by-name', 'refuse', 150],
    [m.dave, 'photo-and-video', 'refuse', 150],
    [m.joy, 'store-contribution', 'give', 150],
    [m.joy, 'quote-with-name', 'give', 150],
    [m.joy, 'credit-by-name', 'give', 150],
    [m.joy, 'share-with-partners', 'give', 150],
  ]
  for (const [subject, purposeId, decision, days] of decisions)
    await at(daysAgo(days), () => cp.consent.decide({ subject, purposeId, decision, method: 'widget' }, asMember(subject)))
  // Tom prefers paper: Sam recorded his answer from the form he signed.
  await at(daysAgo(118), () =>
    cp.consent.give(
      {
        subject: m.tom,
        purposeId: 'store-contribution',
        method: 'paper',
        noticeText: 'Can we keep what you tell us? (the paper form Tom signed)',
      },
      asStaff,
    ),
  )

  // Sessions: in a community centre, with childcare, travel help and an outside facilitator.
  const venue = { name: 'Holbeck Community Centre', kind: 'community' as const, access: ['step-free', 'hearing loop', 'quiet room'] }
  const sessionPlan: [number, string, string[]][] = [
    [150, 'Getting to know each other', [m.amira, m.dave, m.joy]],
    [120, 'Story circle: getting help', [m.amira, m.dave, m.joy, m.tom]],
    [90, 'What do we see? Meeting the commissioners', [m.amira, m.dave, m.joy, m.tom, m.priya]],
    [60, 'Photo walk: the front desk and the bus stop', [m.amira, m.joy, m.tom]],
    [30, 'Trying out the new letters', [m.amira, m.dave, m.joy, m.tom, m.priya]],
    [-7, 'Planning the tell-us-once trial', []],
  ]
  for (const [days, title, attendees] of sessionPlan) {
    const startsAt = daysAgo(days, 10)
    const session = await at(daysAgo(Math.max(days + 14, 0)), () =>
      cp.sessions.schedule(
        {
          initiativeId: DEMO_INITIATIVE_ID,
          title,
          startsAt: iso(startsAt),
          durationMinutes: 180,
          format: 'in-person',
          venue,
          childcare: true,
          travelSupport: true,
          methods: ['story circles', 'shared meals'],
          facilitator: { name: 'Rowan Ellis', external: true },
          conversation: 'two-way',
        },
        asStaff,
      ),
    )
    if (days <= 0) continue
    await at(new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), () => cp.sessions.markHeld(session.id, asStaff))
    // Attendance is recorded after the session: who came, and who was expected but could not.
    const missed = members.filter((x) => x.roles.includes('lived-experience') && x.joined > days && !attendees.includes(x.id))
    await at(new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), () =>
      cp.sessions.recordAttendance(
        session.id,
        [...attendees.map((memberId) => ({ memberId, attended: true })), ...missed.map((x) => ({ memberId: x.id, attended: false }))],
        asStaff,
      ),
    )
    for (const memberId of attendees) {
      const member = members.find((x) => x.id === memberId)
      if (!member?.roles.includes('lived-experience')) continue
      const voucher = member.paymentPreference === 'voucher'
      await at(daysAgo(days - 1, 12), () =>
        cp.payments.record(
          {
            initiativeId: DEMO_INITIATIVE_ID,
            memberId,
            sessionId: session.id,
            hours: 3,
            amount: Math.round(3 * LIVING_WAGE_GBP * 100) / 100,
            currency: 'GBP',
            method: voucher ? 'voucher' : 'cash',
            ...(voucher ? { voucherReason: 'Tom chose vouchers so his Carer’s Allowance is not affected.' } : {}),
          },
          asStaff,
        ),
      )
    }
  }

  // Feedback over five months, some named and some anonymous.
  const give = (days: number, input: Omit<FeedbackInput, 'initiativeId'>, memberId?: string) =>
    at(daysAgo(days, 14), () =>
      cp.feedback.submit({ ...input, initiativeId: DEMO_INITIATIVE_ID }, memberId ? asMember(memberId) : { actor: null }),
    )
  const letters = await give(
    148,
    { kind: 'idea', text: 'The letters from the council are hard to read. Half the time I do not know what they want from me.' },
    m.amira,
  )
  const phone = await give(140, {
    kind: 'rating',
    rating: 'poor',
    text: 'I waited 40 minutes on the phone and then got cut off.',
    anonymous: true,
  })
  const nobodyTold = await give(
    118,
    { kind: 'story', text: 'When I lost my job nobody told me I could get help with council tax. I found out from a neighbour.' },
    m.dave,
  )
  await give(110, { kind: 'idea', text: 'Have someone at the food bank who can help with forms.', anonymous: true })
  await give(95, { kind: 'idea', text: 'Meet in the evening sometimes, so people who work in the day can come.' }, m.joy)
  const frontDesk = await give(88, {
    kind: 'rating',
    rating: 'very-poor',
    text: 'The front desk at the office feels like a police station.',
    anonymous: true,
    consents: [{ purposeId: 'quote-anonymously', decision: 'give' }],
  })
  const fiveTimes = await give(62, { kind: 'story', text: 'I had to tell my story five times to five different people.' }, m.tom)
  const busFares = await give(58, {
    kind: 'idea',
    text: 'Pay bus fares on the day, not weeks later.',
    anonymous: true,
    consents: [{ purposeId: 'quote-anonymously', decision: 'give' }],
  })
  await give(28, { kind: 'rating', rating: 'good', text: 'The sessions at the community centre feel friendly.' }, m.amira)
  await give(20, { kind: 'idea', text: 'A text the day before a session would help me remember.', anonymous: true })
  await give(6, { kind: 'idea', text: 'Can the warm space stay open on Sundays?' }, m.dave)

  // "You said, we did": answers, each linked to the feedback it answers.
  const publish = (days: number, input: Parameters<Coproduction['updates']['publish']>[0]) =>
    at(daysAgo(days, 16), () => cp.updates.publish(input, asStaff))
  const lettersUpdate = await publish(135, {
    initiativeId: DEMO_INITIATIVE_ID,
    youSaid: 'Letters from the council are hard to understand.',
    weDid: 'We are rewriting the five most common letters with Commission members.',
    status: 'in-progress',
    progress: 40,
    linkedFeedback: [letters.id],
    credits: [m.amira, m.joy],
  })
  await at(daysAgo(40, 16), () =>
    cp.updates.change(
      lettersUpdate.id,
      {
        status: 'done',
        progress: 100,
        weDid: 'We rewrote the five most common letters with Commission members. The new letters go out from this month.',
        note: 'The new letters are in use.',
      },
      asStaff,
    ),
  )
  await publish(128, {
    initiativeId: DEMO_INITIATIVE_ID,
    youSaid: 'You wait too long on the phone.',
    weDid: 'We added a call-back option, so you do not have to hold on the line.',
    status: 'in-progress',
    progress: 60,
    linkedFeedback: [phone.id],
  })
  await publish(50, {
    initiativeId: DEMO_INITIATIVE_ID,
    youSaid: 'Nobody tells you what help there is, and you have to tell your story again and again.',
    weDid: 'We are trying a “tell us once” form at two community centres.',
    status: 'planned',
    linkedFeedback: [nobodyTold.id, fiveTimes.id],
    credits: [m.dave, m.tom],
  })
  await publish(70, {
    initiativeId: DEMO_INITIATIVE_ID,
    youSaid: 'The front desk at the office feels unwelcoming.',
    weDid: 'We looked into changing the front desk.',
    status: 'not-possible',
    reason:
      'The building is rented and the owner will not agree to building work this year. We have moved drop-in sessions to the community centre instead.',
    linkedFeedback: [frontDesk.id],
  })
  await publish(52, {
    initiativeId: DEMO_INITIATIVE_ID,
    youSaid: 'Pay bus fares on the day, not weeks later.',
    weDid: 'Members now get their bus fares in cash at each session.',
    status: 'done',
    progress: 100,
    linkedFeedback: [busFares.id],
    credits: [m.joy],
  })
  await seedDecisions(cp, at, daysAgo, asStaff)
  await cp.flush()
  return true
}

async function exists(cp: Coproduction): Promise<boolean> {
  try {
    await cp.initiatives.get(DEMO_INITIATIVE_ID, asStaff)
    return true
  } catch (error) {
    if (error instanceof CoproduceError && error.code === 'not-found') return false
    if ((error as { code?: string }).code === 'not-found') return false
    throw error
  }
}
