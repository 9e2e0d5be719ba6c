import { LadderRungSchema } from '@coproduce/core'
import { z } from 'zod'
import { LOCALES, type MessageData, type MessageValue } from './messages/types.js'
import { BASES, OUTCOMES, PRINCIPLES, SEVERITIES, STAGES } from './vocabulary.js'

// The report is written once, here: the engine's types, the server's OpenAPI document and its tests come from it.

export const BasisSchema = z
  .enum(BASES)
  .describe('What the finding is judged from: what happened (record), what the plan says ("planned", statement), or nothing (none)')

/** What fills a message's placeholders: the plan's own words, a number, a shared phrase, or a list of these. */
export const MessageValueSchema: z.ZodType<MessageValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.object({ id: z.string(), data: MessageDataSchema.optional() }),
      z.object({ list: z.array(MessageValueSchema), join: z.enum(['and', 'or', 'semicolons', 'parts', 'sentences', 'commas']).optional() }),
      z.object({ date: z.string().describe('A day (ISO date or time), written the way the language writes days') }),
    ]),
  )
  .meta({ id: 'MessageValue' })
export const MessageDataSchema: z.ZodType<MessageData> = z.lazy(() => z.record(z.string(), MessageValueSchema)).meta({ id: 'MessageData' })

/** A message by id with its placeholders' values, as a program reads it. */
export const MessageKeySchema = z.object({
  messageId: z.string().describe('e.g. `ladder/not`: the key of the words in each language'),
  data: MessageDataSchema.optional(),
})
export type MessageKey = z.infer<typeof MessageKeySchema>

/** One thing the engine found. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  outcome: z.enum(OUTCOMES),
  severity: z.enum(SEVERITIES),
  principles: z.array(z.enum(PRINCIPLES)),
  stage: z.enum(STAGES),
  /** Where in the plan, e.g. `initiative.paymentPolicy` or `sessions[2].venue`. For tools; people read `places`. */
  path: z.string(),
  /** In the report's language (English unless asked otherwise). */
  message: z.string(),
  /** The id of the message in the rule's `meta.messages`; with `data`, the same finding in any language. */
  messageId: z.string().optional().describe("The id of the message in the rule's meta.messages (key `ruleId/messageId` in each language)"),
  data: MessageDataSchema.optional().describe("What fills the message's placeholders: the plan's own words stay as they are"),
  guidance: z.string(),
  /** The section of the briefing the rule comes from. */
  source: z.string(),
  basis: BasisSchema,
  /** The places it applies to, in words a caseworker knows (session titles, an update's "you said"). */
  places: z.array(z.string()).optional().describe('The places it applies to, in words a caseworker knows'),
  /** The same places as message values, one for one, so they can be written in any language. */
  placeMessages: z
    .array(MessageValueSchema)
    .optional()
    .describe("The same places, one for one, as message values: the plan's own words, or a phrase by id and data"),
})
export type Finding = z.infer<typeof FindingSchema>

export const PrincipleScoreSchema = z.object({
  /** 0-100: passes / (passes + fails). 0 when nothing could be judged yet. */
  score: z.number(),
  pass: z.number().int(),
  fail: z.number().int(),
  incomplete: z.number().int(),
})
export type PrincipleScore = z.infer<typeof PrincipleScoreSchema>

export const LadderAssessmentSchema = z.object({
  /** What the organisation calls the work (`initiative.label`), or null when it does not say. */
  claimed: LadderRungSchema.nullable(),
  /** Where the work sits from what it actually does. */
  assessed: LadderRungSchema,
  /**
   * The highest rung nothing on record or in the plan rules out: facts that are missing could still lift the
   * work up to here. A label above it is contradicted (tokenism); a label between `assessed` and it only lacks facts.
   */
  possible: LadderRungSchema,
  /** What the assessment rests on: `record` once the work has begun and records exist. */
  basis: z.enum(BASES),
  /** Every fact holding the work below the next rung, and the label's mismatch, if any. */
  reasons: z.array(z.string()),
  /** The same reasons by message id and data, one for one, so they can be written in any language. */
  reasonMessages: z.array(MessageKeySchema).optional(),
})
export type LadderAssessment = z.infer<typeof LadderAssessmentSchema>

// One property per principle (a record over an enum would list them as required without defining them).
const principleScores = Object.fromEntries(PRINCIPLES.map((p) => [p, PrincipleScoreSchema])) as Record<
  (typeof PRINCIPLES)[number],
  typeof PrincipleScoreSchema
>

/** What `evaluate` returns and `GET /initiatives/:id/report` answers. */
export const ReportSchema = z.object({
  initiativeId: z.string(),
  title: z.string(),
  evaluatedAt: z.string(),
  preset: z.string(),
  /** The language the words are written in; English when absent. */
  lang: z.enum(LOCALES).optional(),
  findings: z.array(FindingSchema),
  principles: z.object(principleScores),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    passes: z.number().int(),
    incomplete: z.number().int(),
    inapplicable: z.number().int(),
  }),
  ladder: LadderAssessmentSchema,
})
export type Report = z.infer<typeof ReportSchema>
