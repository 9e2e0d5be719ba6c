const BASE = 'http://casebook.invalid'
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
const UNSAFE = /[\u0000-\u001f\u007f\\]/

/**
 * Where to go after choosing who you are: only a path on this site, or undefined. Refuses `//host`, `/\host`,
 * control characters (raw or percent-encoded, e.g. `%09`, `%0a`, `%0d`), backslashes and encoded slashes that a
 * browser or proxy could turn into another site, anything that is not valid percent-encoding, and
 * dot segments that the URL parser would fold into `//host`.
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
  const kept = url.pathname + url.search + url.hash
  // The parser folds dot segments: '/.//evil.example' becomes '//evil.example', which a browser reads as another site.
  return url.origin === BASE && !kept.startsWith('//') ? kept : undefined
}
