import { z } from 'zod'
import { PROBLEM_CODES } from '../http/problem.js'

// The service's results (CurrentConsent, ConsentReceipt, MemberExport, ImpactSummary…) are zod schemas in
// @coproduce/core and the report's in @coproduce/principles: the OpenAPI document uses those, never a copy.
// Only the shapes that belong to HTTP itself live here.
export { ConsentReceiptSchema, CurrentConsentSchema, ImpactSummarySchema, MemberConsentsSchema, MemberExportSchema } from '@coproduce/core'
export { ReportSchema } from '@coproduce/principles'

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
      'dpv:hasConsentStatus': z.object({
        '@id': z.enum(['dpv:ConsentGiven', 'dpv:ConsentRefused', 'dpv:ConsentWithdrawn', 'dpv:ConsentExpired']),
      }),
      'dpv:isIndicatedAtTime': z.string(),
      'dpv:hasNotice': z.object({ '@type': z.literal('dpv:ConsentNotice'), 'dct:description': z.string() }),
    }),
  ),
})
