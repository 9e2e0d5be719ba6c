import { z } from 'zod'
import { DateSchema, DateTimeSchema, IdSchema, LabelSchema, TextSchema, CurrencySchema } from './common.js'

/** The rungs of the ladder of co-production, lowest first (after Think Local Act Personal). */
export const LADDER_RUNGS = ['informing', 'consultation', 'engagement', 'co-design', 'co-production'] as const
export const LadderRungSchema = z.enum(LADDER_RUNGS)
export type LadderRung = z.infer<typeof LadderRungSchema>

/** A stage of the work. Defaults follow the Poverty Truth Commission: engagement, exploration, experimentation, embedding. */
export const StageSchema = z.object({
  name: LabelSchema,
  description: TextSchema.optional(),
  start: DateSchema.optional(),
  end: DateSchema.optional(),
  /** True when this stage is for getting to know each other before any problem solving. */
  buildsRelationships: z.boolean().optional(),
})
export type Stage = z.infer<typeof StageSchema>

export const PaymentMethodPolicySchema = z.enum(['cash', 'voucher', 'choice', 'none'])

export const PaymentPolicySchema = z.object({
  method: PaymentMethodPolicySchema,
  /** Pay per hour, in `currency`. */
  hourlyRate: z.number().nonnegative().max(10_000).optional(),
  currency: CurrencySchema.optional(),
  /** Why vouchers are used instead of cash, for example to protect someone's benefits. */
  voucherReason: TextSchema.optional(),
  benefitsAdviceOffered: z.boolean().optional(),
  /** Costs paid back, e.g. `travel`, `childcare`, `food`. */
  expenses: z.array(LabelSchema).max(50).optional(),
})
export type PaymentPolicy = z.infer<typeof PaymentPolicySchema>

export const RiskDecisionSchema = z.object({
  topic: LabelSchema,
  decision: TextSchema,
  decidedTogether: z.boolean(),
  /** The decision on record behind it, where the group took one. */
  decisionId: IdSchema.optional(),
})

export const AgreementSchema = z.object({
  text: TextSchema,
  decidedTogether: z.boolean(),
  agreedAt: DateSchema.optional(),
  /** The decision on record behind it, where the group took one. */
  decisionId: IdSchema.optional(),
})

/** A report, article or talk about the work. */
export const WrittenOutputSchema = z.object({
  title: LabelSchema,
  kind: z.enum(['report', 'article', 'presentation', 'post', 'other']),
  publishedAt: DateSchema.optional(),
  /** Member ids or group names credited in it. */
  credits: z.array(LabelSchema).max(500).default([]),
})

/** How consent is asked for in this initiative (checked by the `consent-valid` rule). */
export const ConsentPracticeSchema = z.object({
  /** Each use is asked about on its own. */
  granular: z.boolean().optional(),
  /** Any box is ticked before the person chooses. Must be false. */
  preTicked: z.boolean().optional(),
  /** People can take consent back at any time, as easily as they gave it. */
  withdrawable: z.boolean().optional(),
  /** The exact words shown to people are kept with each decision. */
  noticeTextRecorded: z.boolean().optional(),
})

/** The fields of an initiative a person can set. Only `title` and `purpose` are required: a plan is written before most facts exist. */
export const initiativeFields = {
  title: LabelSchema,
  purpose: TextSchema,
  /** `open` when it starts from the question, `fixed` when it starts from a solution. */
  problemFraming: z.enum(['open', 'fixed']).optional(),
  scope: z
    .object({
      negotiable: z.array(TextSchema).max(100).default([]),
      nonNegotiable: z.array(TextSchema).max(100).default([]),
    })
    .optional(),
  stages: z.array(StageSchema).max(20).optional(),
  timeline: z.object({ start: DateSchema.optional(), end: DateSchema.optional(), deadlineFixed: z.boolean().optional() }).optional(),
  outcomes: z
    .object({
      fixedInAdvance: z.boolean(),
      description: TextSchema.optional(),
      /** Whether the expectations were worked out with the group ("clear and co-defined"). */
      definedTogether: z.boolean().optional(),
      /** The decision on record behind the expectations, where the group took one. */
      decisionId: IdSchema.optional(),
    })
    .optional(),
  aims: z
    .object({
      text: TextSchema,
      /** Member ids or groups the aims were agreed with. */
      agreedWith: z.array(LabelSchema).max(500).default([]),
      agreedAt: DateSchema.optional(),
      /** The decision on record behind the aims, where the group took one. */
      decisionId: IdSchema.optional(),
    })
    .optional(),
  agreements: z.array(AgreementSchema).max(100).optional(),
  powerReflection: z.object({ completedAt: DateSchema.optional(), notes: TextSchema.optional() }).optional(),
  paymentPolicy: PaymentPolicySchema.optional(),
  methods: z.array(LabelSchema).max(100).optional(),
  riskDecisions: z.array(RiskDecisionSchema).max(100).optional(),
  groupChangePlan: TextSchema.optional(),
  leadership: z
    .object({
      livedExperienceLed: z.boolean().optional(),
      existingGroupsConsidered: z.boolean().optional(),
      notes: TextSchema.optional(),
    })
    .optional(),
  communication: z
    .object({
      updateEveryDays: z.number().int().positive().max(366).optional(),
      channels: z.array(LabelSchema).max(20).optional(),
    })
    .optional(),
  consentPractice: ConsentPracticeSchema.optional(),
  /** Research ethics, when the work includes research: how they were thought through, and with whom. */
  ethics: z
    .object({
      approach: TextSchema,
      decidedTogether: z.boolean(),
      decisionId: IdSchema.optional(),
    })
    .optional(),
  /** What is written or presented about the work, and who it credits (member ids or group names). */
  outputs: z.array(WrittenOutputSchema).max(200).optional(),
  /** What the organisation calls this work. */
  label: LadderRungSchema.optional(),
  /** Whether people may give feedback without saying who they are. Defaults to true. */
  allowAnonymousFeedback: z.boolean().optional(),
  /** Who may open a decision: only staff (the default) or any member of the initiative. */
  decisionsOpenedBy: z.enum(['staff', 'members']).optional(),
}

/** Input to create an initiative. The id may be given by the host or left to the service. */
export const InitiativeInputSchema = z.strictObject({ id: IdSchema.optional(), ...initiativeFields })
export type InitiativeInput = z.input<typeof InitiativeInputSchema>

/** A change to an initiative: any subset of its fields. */
export const InitiativePatchSchema = z.strictObject(
  Object.fromEntries(Object.entries(initiativeFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof initiativeFields]: z.ZodOptional<(typeof initiativeFields)[K]>
  },
)
export type InitiativePatch = z.input<typeof InitiativePatchSchema>

/** A stored initiative. */
export const InitiativeSchema = z.object({
  id: IdSchema,
  /** The organisation the initiative belongs to; the service sets it from the actor who creates it. */
  organisationId: IdSchema.optional(),
  ...initiativeFields,
  createdAt: DateTimeSchema.optional(),
  updatedAt: DateTimeSchema.optional(),
})
export type Initiative = z.infer<typeof InitiativeSchema>

/** The default stages, after the Poverty Truth Commission in Leeds. */
export const DEFAULT_STAGES: readonly Stage[] = [
  { name: 'engagement', description: 'Get to know each other, share stories and agree what to focus on.', buildsRelationships: true },
  { name: 'exploration', description: 'What do I see? What do you see? Now what do we see?' },
  { name: 'experimentation', description: 'Try small things, learn fast, and change course together.' },
  { name: 'embedding', description: 'Make what we learned last, in how people and services work.' },
]
