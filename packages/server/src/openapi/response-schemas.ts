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
import { OUTCOMES, PRINCIPLES, SEVERITIES, STAGES } from '@coproduce/principles'
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
  /** The member's name when the subject is a member (absent otherwise, and after erasure). */
  displayName: z.string().optional(),
  issuedAt: z.string(),
  current: z.array(CurrentConsentSchema.extend({ title: z.string() })),
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

const PrincipleSchema = z.enum(PRINCIPLES)
const PrincipleScoreSchema = z.object({ score: z.number(), pass: z.number().int(), fail: z.number().int(), incomplete: z.number().int() })

export const ReportSchema = z.object({
  initiativeId: z.string(),
  title: z.string(),
  evaluatedAt: z.string(),
  preset: z.string(),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      outcome: z.enum(OUTCOMES),
      severity: z.enum(SEVERITIES),
      principles: z.array(PrincipleSchema),
      stage: z.enum(STAGES),
      path: z.string(),
      message: z.string(),
      guidance: z.string(),
      source: z.string(),
      basis: z.enum(['record', 'statement', 'none']).describe('What the finding is judged from: what happened, what the plan says ("planned"), or nothing'),
      places: z.array(z.string()).optional().describe('The places it applies to, in words a caseworker knows'),
    }),
  ),
  // One property per principle (a record over an enum would list them as required without defining them).
  principles: z.object(Object.fromEntries(PRINCIPLES.map((p) => [p, PrincipleScoreSchema])) as Record<(typeof PRINCIPLES)[number], typeof PrincipleScoreSchema>),
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
  feedbackIds: z
    .array(z.string())
    .optional()
    .describe('With `consent-required` from publishing or changing an update: the feedback whose words need the person’s permission first'),
  erasedAt: z.string().optional().describe('With `erased`: when the person’s information was removed (ISO 8601), so a screen can say so'),
})

/** The organisation's copy of a subject's consent records: JSON-LD in W3C DPV terms, after ISO/IEC TS 27560. */
export const DpvConsentRecordDocumentSchema = z.looseObject({
  '@context': z.record(z.string(), z.unknown()),
  '@id': z.string(),
  'dct:created': z.string(),
  'dpv:hasDataSubject': z.object({ '@id': z.string(), '@type': z.literal('dpv:DataSubject') }),
  '@graph': z.array(
    z.looseObject({
      '@id': z.string(),
      '@type': z.literal('dpv:ConsentRecord'),
      'dpv:hasPurpose': z.looseObject({ '@id': z.string(), 'dct:title': z.string(), 'dct:hasVersion': z.string() }),
      'dpv:hasConsentStatus': z.object({ '@id': z.enum(['dpv:ConsentGiven', 'dpv:ConsentRefused', 'dpv:ConsentWithdrawn', 'dpv:ConsentExpired']) }),
      'dpv:isIndicatedAtTime': z.string(),
      'dpv:hasNotice': z.object({ '@type': z.literal('dpv:ConsentNotice'), 'dct:description': z.string() }),
    }),
  ),
})
