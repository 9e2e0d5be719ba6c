import { z } from 'zod'

/** An id: any non-empty string the host or the service chose (UUIDs by default). */
export const IdSchema = z.string().trim().min(1).max(200)

/** An ISO 8601 date-time with an offset, e.g. `2026-05-03T10:00:00Z`. */
export const DateTimeSchema = z.iso.datetime({ offset: true })

/** An ISO 8601 date (`2026-05-03`) or date-time. Plans are often written with dates only. */
export const DateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

/** Short plain text a person wrote or will read. */
export const TextSchema = z.string().trim().min(1).max(10_000)

/** A short label. */
export const LabelSchema = z.string().trim().min(1).max(500)

/** An ISO 4217 currency code such as `GBP`. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code, such as GBP')
