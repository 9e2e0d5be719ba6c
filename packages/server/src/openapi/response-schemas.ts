import {
  ConsentPurposeSchema,
  ConsentRecordSchema,
  ConsentStatusSchema,
  FeedbackSchema,
  LadderRungSchema,
  MemberSchema,
  PaymentSchema,
  UpdateSchema,
} from '@coproduce/core'
import { z } from 'zod'
import { PROBLEM_CODES } from '../http/problem.js'

/** Zod shapes of the service's plain TypeScript results, used only to describe them in the OpenAPI document. */

export const CurrentConsentSchema = z.object({
  purposeId: z.string(),
  status: z.union([ConsentStatusSchema, z.literal('none')]),
  record: ConsentRecordSchema.optional(),
})

export const MemberConsentsSchema = z.object({
  purposes: z.array(ConsentPurposeSchema),
  current: z.array(CurrentConsentSchema),
  history: z.array(ConsentRecordSchema),
})

export const ConsentReceiptSchema = z.object({
  subject: z.string(),
  issuedAt: z.string(),
  current: z.array(CurrentConsentSchema),
  history: z.array(ConsentRecordSchema),
  text: z.string(),
})

export const MemberExportSchema = z.object({
  member: MemberSchema,
  feedback: z.array(FeedbackSchema),
  consents: z.array(ConsentRecordSchema),
  payments: z.array(PaymentSchema),
  updates: z.array(UpdateSchema),
})

export const ImpactSummarySchema = z.object({
  initiativeId: z.string(),
  feedback: z.number().int(),
  answered: z.number().int(),
  medianDaysToAnswer: z.number().nullable(),
  byMonth: z.array(z.object({ month: z.string(), feedback: z.number().int(), answered: z.number().int() })),
  credited: z.array(z.object({ memberId: z.string(), displayName: z.string() })),
})

const PrincipleSchema = z.enum([
  'trust-transparency',
  'safety',
  'collaboration-mutuality',
  'empowerment-voice-choice',
  'cultural-historical-gender',
])

export const ReportSchema = z.object({
  initiativeId: z.string(),
  title: z.string(),
  evaluatedAt: z.string(),
  preset: z.string(),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      outcome: z.enum(['pass', 'fail', 'incomplete', 'inapplicable']),
      severity: z.enum(['error', 'warning', 'info']),
      principles: z.array(PrincipleSchema),
      stage: z.enum(['foundations', 'interactions', 'actions', 'readiness']),
      path: z.string(),
      message: z.string(),
      guidance: z.string(),
      source: z.string(),
      basis: z.enum(['record', 'statement', 'none']).describe('What the finding is judged from: what happened, what the plan says ("planned"), or nothing'),
      places: z.array(z.string()).optional().describe('The places it applies to, in words a caseworker knows'),
    }),
  ),
  principles: z.record(
    PrincipleSchema,
    z.object({ score: z.number(), pass: z.number().int(), fail: z.number().int(), incomplete: z.number().int() }),
  ),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    passes: z.number().int(),
    incomplete: z.number().int(),
    inapplicable: z.number().int(),
  }),
  ladder: z.object({
    claimed: LadderRungSchema.nullable(),
    assessed: LadderRungSchema,
    possible: LadderRungSchema,
    basis: z.enum(['record', 'statement', 'none']),
    reasons: z.array(z.string()),
  }),
})

export const ProblemSchema = z.object({
  type: z.string().describe('https://coproduce.dev/problems/<code>'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe('What went wrong, in plain words'),
  code: z.enum(PROBLEM_CODES),
  errors: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
    .describe('One entry per field that needs checking, with its place in the body'),
})
