/**
 * The checks `<cp-sessions>` makes as staff plan, after the briefing ("attention should be paid to accessibility,
 * time, and childcare"): times that clash with people's lives, and access needs the place does not meet. Plain
 * functions, no DOM, so they are tested on their own.
 */

/** Why a start time may keep people away: `school-run`, `work-hours` or `weekend`. Local time, as staff type it. */
export type TimeClash = 'school-run' | 'work-hours' | 'weekend'

const SCHOOL_RUNS: [number, number][] = [
  [8 * 60, 9 * 60 + 30],
  [14 * 60 + 45, 16 * 60],
]
const WORK: [number, number] = [9 * 60, 17 * 60]

/** The clashes of a session on `date` (YYYY-MM-DD) from `time` (HH:MM) for `minutes`; none when the input is unclear. */
export function timeClashes(date: string, time: string, minutes: number): TimeClash[] {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00`).getDay() : NaN
  const m = /^(\d{2}):(\d{2})$/.exec(time)
  if (Number.isNaN(day) || !m || !(minutes > 0)) return []
  const start = Number(m[1]) * 60 + Number(m[2])
  const end = start + minutes
  if (day === 0 || day === 6) return ['weekend']
  const overlaps = ([a, b]: [number, number]) => start < b && end > a
  const clashes: TimeClash[] = []
  if (SCHOOL_RUNS.some(overlaps)) clashes.push('school-run')
  if (overlaps(WORK)) clashes.push('work-hours')
  return clashes
}

/** Access needs the members stated that the chosen features do not meet, each with who needs it. Case and spacing do not matter. */
export function missingAccess(
  members: readonly { displayName: string; accessNeeds?: readonly string[] | undefined; leftAt?: string | undefined }[],
  features: readonly string[],
): { need: string; who: string[] }[] {
  const key = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
  const have = new Set(features.map(key))
  const missing = new Map<string, { need: string; who: string[] }>()
  for (const member of members) {
    if (member.leftAt) continue
    for (const need of member.accessNeeds ?? []) {
      const k = key(need)
      if (!k || have.has(k)) continue
      const entry = missing.get(k) ?? { need: need.trim(), who: [] }
      entry.who.push(member.displayName)
      missing.set(k, entry)
    }
  }
  return [...missing.values()]
}
