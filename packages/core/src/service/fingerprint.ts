/** JSON with every object's keys sorted, so two requests that mean the same thing read the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

interface WebCrypto {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> }
}
interface Encoder {
  encode(text: string): Uint8Array
}

/** SHA-256 of the text (UTF-8) as lower-case hex, with the Web Crypto API (browsers, Node 20+, Deno, Bun, workers). */
export async function sha256Hex(text: string): Promise<string> {
  const g = globalThis as unknown as { crypto: WebCrypto; TextEncoder: new () => Encoder }
  const digest = await g.crypto.subtle.digest('SHA-256', new g.TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The fingerprint of a request: SHA-256 of its canonical JSON. Equal bodies, in any key order, match. */
export const fingerprintOf = (request: unknown): Promise<string> => sha256Hex(canonicalJson(request))
