/**
 * "New since your last visit": the time of the last visit is kept in localStorage, one key per
 * initiative and member, so two people sharing a device (or one person in two initiatives) do not mix.
 * Storage can be missing or refuse writes (private windows, sandboxed frames): then nothing is marked new.
 */
export const lastVisitKey = (initiative: string, member: string | undefined) => `cp-updates:last-visit:${initiative}:${member ?? ''}`

export function readLastVisit(key: string): number | undefined {
  try {
    const value = globalThis.localStorage?.getItem(key)
    const time = value ? Date.parse(value) : NaN
    return Number.isNaN(time) ? undefined : time
  } catch {
    return undefined
  }
}

export function writeLastVisit(key: string, at: Date): void {
  try {
    globalThis.localStorage?.setItem(key, at.toISOString())
  } catch {
    // Storage refused: the next visit simply shows nothing as new.
  }
}

/** When an update last changed: its publication or its latest timeline entry. */
export function changedAt(update: { publishedAt: string; timeline?: { at: string }[] }): number {
  let latest = Date.parse(update.publishedAt)
  for (const entry of update.timeline ?? []) {
    const at = Date.parse(entry.at)
    if (at > latest) latest = at
  }
  return latest
}
