import { isCoproduceError, type FieldIssue } from '@coproduce/core'

/** Field errors keyed by the field's path joined with dots, e.g. `venue.name`. */
export type FieldErrors = Record<string, string>

/** zod's own messages ("Invalid input: expected string…") are not plain English; the form's own words replace them. */
const GENERIC = /^(Invalid|Too (small|big)|Unrecognized|Expected|Required)/i

export const pathKey = (path: readonly (string | number)[]): string => path.join('.')

/** The HTML id of the field for a path key: dots become dashes. */
export const fieldId = (key: string): string => `field-${key.replace(/[^a-zA-Z0-9]+/g, '-')}`

/**
 * The service's problems as field errors. Its own message is used where it is plain English; `ownWords: true`
 * (a page in another language) always uses the page's words for the field.
 */
export function toFieldErrors(
  issues: readonly FieldIssue[],
  plainWords: Record<string, string> = {},
  options: { ownWords?: boolean } = {},
): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const key = pathKey(issue.path)
    // Errors deep inside a list (e.g. `linkedFeedback.0`) belong to the list's field.
    const owner = Object.keys(plainWords).find((name) => key === name || key.startsWith(`${name}.`)) ?? key
    if (errors[owner]) continue
    const own = options.ownWords || GENERIC.test(issue.message) || !issue.message
    errors[owner] = own ? (plainWords[owner] ?? issue.message ?? 'Check this answer') : issue.message
  }
  return errors
}

/**
 * Runs a service call from a form. A validation error becomes field errors; so does `consent-required` when the
 * form names the field it belongs to (`consent` in `plainWords`, as `field: message`). Any other error is thrown on.
 */
export async function tryForm<T>(
  work: () => Promise<T>,
  plainWords: Record<string, string>,
): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }> {
  try {
    return { ok: true, value: await work() }
  } catch (error) {
    if (isCoproduceError(error) && error.code === 'validation') return { ok: false, errors: toFieldErrors(error.issues, plainWords) }
    const consent = plainWords['consent-required']
    if (isCoproduceError(error) && error.code === 'consent-required' && consent) {
      const [field, message] = consent.split(/:\s(.*)/s) as [string, string]
      return { ok: false, errors: { [field]: message } }
    }
    throw error
  }
}
