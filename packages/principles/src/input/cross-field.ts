import type { FieldIssue, InitiativeSnapshot } from '@coproduce/core'

const time = (s: string | undefined): number | undefined => {
  if (!s) return undefined
  const t = Date.parse(s)
  return Number.isNaN(t) ? undefined : t
}

function endsBeforeStart(start: string | undefined, end: string | undefined): boolean {
  const a = time(start)
  const b = time(end)
  return a !== undefined && b !== undefined && b < a
}

function duplicates(list: readonly { id: string }[], name: string, path: string, out: FieldIssue[]): void {
  const seen = new Map<string, number>()
  list.forEach((item, n) => {
    const first = seen.get(item.id)
    if (first === undefined) seen.set(item.id, n)
    else
      out.push({
        path: [path, n, 'id'],
        message: `Two ${name} have the id \`${item.id}\` (the other is number ${first + 1}). Give each one its own id, for example \`id: ${item.id}-2\`.`,
      })
  })
}

/** Facts that are each fine alone but do not fit together: an end before its start, a payment for a session that is not in the plan. */
export function crossFieldIssues(s: InitiativeSnapshot): FieldIssue[] {
  const out: FieldIssue[] = []
  const i = s.initiative
  if (endsBeforeStart(i.timeline?.start, i.timeline?.end))
    out.push({
      path: ['initiative', 'timeline', 'end'],
      message: `The timeline ends (${i.timeline?.end}) before it starts (${i.timeline?.start}). Give an end date after the start, for example \`end: 2026-12-31\`.`,
    })
  i.stages?.forEach((stage, n) => {
    if (endsBeforeStart(stage.start, stage.end))
      out.push({
        path: ['initiative', 'stages', n, 'end'],
        message: `The stage "${stage.name}" ends (${stage.end}) before it starts (${stage.start}). Give an end date after the start.`,
      })
  })
  s.members.forEach((m, n) => {
    if (endsBeforeStart(m.joinedAt, m.leftAt))
      out.push({
        path: ['members', n, 'leftAt'],
        message: `${m.displayName ?? m.id} left (${m.leftAt}) before they joined (${m.joinedAt}). Check both dates.`,
      })
  })
  duplicates(s.members, 'members', 'members', out)
  duplicates(s.sessions, 'sessions', 'sessions', out)
  duplicates(s.payments, 'payments', 'payments', out)

  const sessions = new Set(s.sessions.map((x) => x.id))
  const members = new Set(s.members.map((x) => x.id))
  const example = (ids: Set<string>, fallback: string) => [...ids][0] ?? fallback
  s.payments.forEach((p, n) => {
    if (p.sessionId !== undefined && !sessions.has(p.sessionId))
      out.push({
        path: ['payments', n, 'sessionId'],
        message: `This payment is for the session \`${p.sessionId}\`, which is not in the plan's sessions. Use the id of a session in the plan, for example \`sessionId: ${example(sessions, 'first-meeting')}\`, or add that session.`,
      })
    if (p.memberId !== undefined && members.size > 0 && !members.has(p.memberId))
      out.push({
        path: ['payments', n, 'memberId'],
        message: `This payment is to \`${p.memberId}\`, who is not in the plan's members. Use the id of a member, for example \`memberId: ${example(members, 'amina')}\`, or add them.`,
      })
  })
  return out
}
