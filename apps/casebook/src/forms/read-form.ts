/** Reads a posted HTML form into typed values. Empty boxes become undefined, so the service sees "not given". */
export type FormBody = Record<string, string | File | (string | File)[]>

export const text = (body: FormBody, name: string): string | undefined => {
  const value = body[name]
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first !== 'string') return undefined
  const trimmed = first.trim()
  return trimmed === '' ? undefined : trimmed
}

export const list = (body: FormBody, name: string): string[] => {
  const value = body[name] ?? body[`${name}[]`]
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim())
}

export const checked = (body: FormBody, name: string): boolean => text(body, name) !== undefined

/**
 * A number typed into a box. Returns the number, undefined when empty, or the text itself when it is not a number
 * (so the service's validation reports that field).
 */
export const number = (body: FormBody, name: string): number | string | undefined => {
  const raw = text(body, name)
  if (raw === undefined) return undefined
  const cleaned = raw.replace(/[£,\s]/g, '')
  const parsed = Number(cleaned)
  return cleaned !== '' && Number.isFinite(parsed) ? parsed : raw
}
