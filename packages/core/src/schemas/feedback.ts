import { z } from 'zod'
import { DateTimeSchema, IdSchema, LabelSchema } from './common.js'
import { IdempotencyKeySchema } from './idempotency-key.js'

/** The Friends and Family Test scale. */
export const RATINGS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const
export const RatingSchema = z.enum(RATINGS)
export type Rating = z.infer<typeof RatingSchema>

export const FeedbackKindSchema = z.enum(['rating', 'story', 'idea', 'creative'])

/** A creative contribution kept by reference (the file itself lives in the host's storage). */
export const AttachmentSchema = z.strictObject({
  kind: z.enum(['audio', 'image', 'drawing']),
  /** Where the host stored it: a URL or a storage key. */
  ref: z.string().trim().min(1).max(2000),
  /** Words that say what is in it, for people who cannot see or hear it. */
  description: z.string().trim().max(2000).optional(),
})

/**
 * Whom a choice made with a piece of feedback covers: `this` contribution only (the record's subject is the new
 * feedback's id), or `everything` the person gives (the subject is the member: it changes their standing choice).
 */
export const InlineConsentScopeSchema = z.enum(['this', 'everything'])
export type InlineConsentScope = z.infer<typeof InlineConsentScopeSchema>

/** A decision about how these words may be used, asked at the moment of giving feedback. */
export const InlineConsentSchema = z.strictObject({
  purposeId: IdSchema,
  decision: z.enum(['give', 'refuse']),
  noticeText: z.string().trim().min(1).max(10_000).optional(),
  /** Defaults to `this`: a choice made with one piece of feedback applies to that piece only. */
  scope: InlineConsentScopeSchema.default('this'),
})

const FeedbackTextSchema = z.string().trim().min(1).max(10_000)

export const FeedbackInputSchema = z
  .strictObject({
    initiativeId: IdSchema,
    kind: FeedbackKindSchema,
    rating: RatingSchema.optional(),
    text: FeedbackTextSchema.optional(),
    attachments: z.array(AttachmentSchema).max(10).optional(),
    /** When true, no member id is stored anywhere: not with the feedback, not in events, not in indexes. */
    anonymous: z.boolean().default(false),
    /** Who gave it, when not anonymous. Defaults to the actor. */
    memberId: IdSchema.optional(),
    /** How the words may be used. Never pre-ticked; saying no never blocks sending. */
    consents: z.array(InlineConsentSchema).max(10).optional(),
    /** Where the feedback was given (session id, page, …). */
    context: LabelSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'rating' && value.rating === undefined)
      ctx.addIssue({ code: 'custom', path: ['rating'], message: 'Choose a rating' })
    if ((value.kind === 'story' || value.kind === 'idea') && value.text === undefined)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Write a few words' })
    if (value.kind === 'creative' && !value.attachments?.length && value.text === undefined)
      ctx.addIssue({ code: 'custom', path: ['attachments'], message: 'Add a recording, picture or drawing' })
    if (value.anonymous && value.memberId !== undefined)
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Anonymous feedback cannot name a member' })
    if (value.anonymous)
      for (const [i, consent] of (value.consents ?? []).entries())
        if (consent.scope === 'everything')
          ctx.addIssue({
            code: 'custom',
            path: ['consents', i, 'scope'],
            message: 'Without your name, a choice can only cover this feedback',
          })
  })
export type FeedbackInput = z.input<typeof FeedbackInputSchema>

export const FeedbackSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  kind: FeedbackKindSchema,
  rating: RatingSchema.optional(),
  text: FeedbackTextSchema.optional(),
  attachments: z.array(AttachmentSchema).optional(),
  anonymous: z.boolean(),
  /** Absent when anonymous. */
  memberId: IdSchema.optional(),
  context: LabelSchema.optional(),
  createdAt: DateTimeSchema,
  idempotencyKey: IdempotencyKeySchema.optional(),
  /** Whose key it is: SHA-256 of the caller (a named sender, or an anonymous device key). Never a name or an id as such. */
  idempotencyScope: z.string().max(200).optional(),
  /** SHA-256 of the request the key was first sent with, so the same key with a different request is refused. */
  idempotencyFingerprint: z.string().max(200).optional(),
  /**
   * Set on staff reads (never stored) when the person took back their yes to `store-contribution`, or said no to
   * it: the words and attachments are left out. Show "Words hidden: the person took back their yes".
   */
  wordsHidden: z.literal(true).optional(),
  /** Set when the person who gave it asked for their information to be removed: no words, no files, no person. */
  removedAt: DateTimeSchema.optional(),
})
export type Feedback = z.infer<typeof FeedbackSchema>
