import { z } from 'zod'
import { DateTimeSchema, IdSchema, LabelSchema, TextSchema } from './common.js'

/** The decision words, after the W3C Data Privacy Vocabulary. */
export const CONSENT_STATUSES = ['given', 'refused', 'withdrawn', 'expired'] as const
export const ConsentStatusSchema = z.enum(CONSENT_STATUSES)
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>

/** A language, as a BCP 47 tag such as `en`, `cy` or `ur-PK`. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Use a language tag such as en, cy or ur')
  .max(35)

/** A purpose's words in one more language: everything a person reads about it, nothing else. */
export const PurposeWordsSchema = z.strictObject({
  title: LabelSchema,
  description: TextSchema,
  audience: TextSchema,
  retention: z.strictObject({ description: TextSchema }),
  changeNote: TextSchema.optional(),
})
export type PurposeWords = z.infer<typeof PurposeWordsSchema>

export const ConsentPurposeSchema = z
  .strictObject({
    /** Stable id, e.g. `quote-with-name`. Lower case words joined by dashes. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower case words joined by dashes'),
    /** A short question-like title in plain words. */
    title: LabelSchema,
    /** What it means, in plain words. */
    description: TextSchema,
    /** Who will see it, in plain words. */
    audience: TextSchema,
    dataCategories: z.array(LabelSchema).max(20),
    /** How long it is kept, in plain words, and in days where there is a limit. */
    retention: z.object({ description: TextSchema, days: z.number().int().positive().optional() }),
    thirdParties: z.array(LabelSchema).max(50),
    version: z.number().int().positive(),
    /**
     * What changed in this version, in plain words (e.g. "We now also share your words with the council.").
     * Shown when a person is asked again because the words changed. Earlier answers to an older version are `expired`.
     */
    changeNote: TextSchema.optional(),
    /** The language the words above are in. English (`en`) when left out. */
    lang: LanguageTagSchema.optional(),
    /**
     * The same words in other languages, by language tag (e.g. `{ cy: { title: 'Gawn ni…', … } }`). A person is
     * shown the language their browser asks for when it is here, else the words above.
     */
    translations: z.record(LanguageTagSchema, PurposeWordsSchema).optional(),
  })
  .superRefine((purpose, ctx) => {
    const languages = Object.keys(purpose.translations ?? {})
    if (languages.length > 20) ctx.addIssue({ code: 'custom', path: ['translations'], message: 'Give at most 20 languages' })
    for (const language of languages) {
      // A person asked again must be told what changed, whichever language they read.
      if (purpose.changeNote && !purpose.translations?.[language]?.changeNote)
        ctx.addIssue({
          code: 'custom',
          path: ['translations', language, 'changeNote'],
          message: 'Say what changed in this language too, as the changeNote does in the main language',
        })
    }
  })
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>

/** How the decision was made. */
export const ConsentMethodSchema = z.enum(['widget', 'paper', 'verbal'])

/** The decisions a person can make. `withdraw` takes back consent they gave. */
export const ConsentDecisionSchema = z.enum(['give', 'refuse', 'withdraw'])
export type ConsentDecision = z.infer<typeof ConsentDecisionSchema>

/** Input to record a consent decision. */
export const ConsentDecisionInputSchema = z.strictObject({
  /** A member id, or a contribution (feedback) id for anonymous contributions. */
  subject: IdSchema,
  purposeId: IdSchema,
  decision: ConsentDecisionSchema,
  /**
   * The exact words the person saw, or, on paper and by phone, the words read out to them.
   * Defaults to the purpose's title and description; required when staff record `paper` or `verbal` consent.
   */
  noticeText: TextSchema.optional(),
  /** `widget` (the default) when the person decides on screen. `paper` and `verbal` only when staff record it. */
  method: ConsentMethodSchema.optional(),
  /** When a `given` consent runs out. */
  expiresAt: DateTimeSchema.optional(),
})
export type ConsentDecisionInput = z.input<typeof ConsentDecisionInputSchema>

/** One decision. Append-only: a record is never changed or deleted, even on erasure. */
export const ConsentRecordSchema = z.object({
  id: IdSchema,
  subject: IdSchema,
  purposeId: IdSchema,
  purposeVersion: z.number().int().positive(),
  status: ConsentStatusSchema,
  noticeText: TextSchema,
  method: ConsentMethodSchema,
  /** Who recorded it: the member themself, a staff id, or `anonymous`. */
  recordedBy: IdSchema,
  at: DateTimeSchema,
  expiresAt: DateTimeSchema.optional(),
})
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>
