import type { Context } from 'hono'
import { accepts } from 'hono/accepts'

/**
 * The languages the caller reads, most wanted first, from `Accept-Language` (`cy-GB,cy;q=0.9,en;q=0.5` gives
 * `['cy-GB', 'cy', 'en']`). Languages marked `q=0` are left out; no header gives none. Hono parses the header.
 */
export function languagesOf(c: Context): string[] {
  let asked: string[] = []
  accepts(c, {
    header: 'Accept-Language',
    supports: [],
    default: '',
    match: (list) => {
      asked = list
        .filter((entry) => entry.q > 0)
        .sort((a, b) => b.q - a.q)
        .map((entry) => entry.type)
      return ''
    },
  })
  return asked
}
