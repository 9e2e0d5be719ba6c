const BASE = 'http://casebook.invalid'
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const UNSAFE = /[\u0000-\u001f\u007f\\]/

/**
 * Where to go after choosing who you are: only a path on this site, or undefined. Refuses `//host`, `/\host`,
 * control characters (raw or percent-encoded, e.g. `%09`, `%0a`, `%0d`), backslashes and encoded slashes that a
 * browser or proxy could turn into another site, and anything that is not valid percent-encoding.
 */
export function safeNext(next: string | undefined): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//')) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(next)
  } catch {
    return undefined
  }
  if (UNSAFE.test(next) || UNSAFE.test(decoded) || decoded.startsWith('//') || /%2f|%5c/i.test(next)) return undefined
  const url = new URL(next, BASE)
  return url.origin === BASE ? url.pathname + url.search + url.hash : undefined
}
