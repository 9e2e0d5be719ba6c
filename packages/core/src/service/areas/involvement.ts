import type { Involvement } from '../../schemas/involvement.js'
import type { Session } from '../../schemas/session.js'
import type { Update } from '../../schemas/update.js'
import { parseId, requireSelfOrStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { ConsentView } from './consent-view.js'
import { tookPart } from './decision-rules.js'
import { getInitiative } from './initiatives.js'
import { getMember } from './members.js'
import { liveUpdates } from '../../lifecycles/live-updates.js'

/** Did this member attend? Attendance is a list of member ids, or of `{ memberId, attended }`. */
export function attended(session: Session, memberId: string): boolean {
  const list = (session as { attendees?: unknown }).attendees
  if (!Array.isArray(list)) return false
  return list.some((a: unknown) =>
    typeof a === 'string'
      ? a === memberId
      : typeof a === 'object' &&
        a !== null &&
        (a as { memberId?: unknown }).memberId === memberId &&
        (a as { attended?: unknown }).attended !== false,
  )
}

const brief = (u: Update) => ({ updateId: u.id, youSaid: u.youSaid, weDid: u.weDid, status: u.status, publishedAt: u.publishedAt })
const newestFirst = <T>(items: T[], at: (item: T) => string): T[] => [...items].sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0))
const money = (n: number) => Math.round(n * 100) / 100

/** One member's involvement in one place: "share the impact" and "credit contributors", made personal. */
export function involvementArea(s: ServiceContext): Coproduction['involvement'] {
  return async (id, ctx) => {
    const memberId = parseId(id, 'id')
    requireSelfOrStaff(await s.actorOf(ctx), memberId)
    return s.run(ctx, async (tx) => {
      const member = await getMember(tx, memberId, ['id'])
      const initiative = await getInitiative(tx, member.initiativeId)
      const now = s.now()
      const sessions = await tx.sessions.listByInitiative(initiative.id)
      const payments = (await tx.payments.listByMember(memberId)).filter((p) => p.initiativeId === initiative.id)
      const updates = liveUpdates(await tx.updates.listByInitiative(initiative.id))
      const feedback = (await tx.feedback.listByMember(memberId)).filter((f) => f.initiativeId === initiative.id && !f.anonymous)
      const consent = await ConsentView.load(tx, s, [], [memberId])
      const policy = initiative.paymentPolicy
      const pays = policy !== undefined && policy.method !== 'none'
      const paidFor = new Set(payments.flatMap((p) => (p.sessionId ? [p.sessionId] : [])))

      const result: Involvement = {
        memberId,
        initiativeId: initiative.id,
        displayName: member.displayName,
        sessions: sessions
          .filter((x) => x.startsAt > now)
          .map((x) => {
            const item: Involvement['sessions'][number] = {
              id: x.id,
              startsAt: x.startsAt,
              durationMinutes: x.durationMinutes,
              format: x.format,
              childcare: x.childcare === true,
              travelSupport: x.travelSupport === true,
            }
            if (x.title) item.title = x.title
            if (x.venue) item.venue = { name: x.venue.name, kind: x.venue.kind, access: x.venue.access }
            return item
          }),
        payments: {
          made: newestFirst(payments, (p) => p.paidAt).map((p) => {
            const made: Involvement['payments']['made'][number] = {
              id: p.id,
              paidAt: p.paidAt,
              hours: p.hours,
              amount: p.amount,
              currency: p.currency,
              method: p.method,
            }
            if (p.sessionId) made.sessionId = p.sessionId
            return made
          }),
          due: !pays
            ? []
            : sessions
                .filter((x) => x.startsAt <= now && attended(x, memberId) && !paidFor.has(x.id))
                .map((x) => {
                  const hours = money(x.durationMinutes / 60)
                  const due: Involvement['payments']['due'][number] = { sessionId: x.id, startsAt: x.startsAt, hours }
                  if (policy?.hourlyRate !== undefined) due.amount = money(hours * policy.hourlyRate)
                  if (policy?.currency !== undefined) due.currency = policy.currency
                  return due
                }),
        },
        said: newestFirst(feedback, (f) => f.createdAt).map((f) => {
          const said: Involvement['said'][number] = {
            feedbackId: f.id,
            kind: f.kind,
            createdAt: f.createdAt,
            changes: updates.filter((u) => u.linkedFeedback.includes(f.id)).map(brief),
          }
          if (f.rating !== undefined) said.rating = f.rating
          if (f.text !== undefined) said.text = f.text
          return said
        }),
        credited: updates
          .filter((u) => u.credits.includes(memberId))
          .map((u) => ({ ...brief(u), shownByName: consent.credit(memberId) !== undefined })),
        decisions: (await tx.decisions.listByInitiative(initiative.id))
          .filter((d) => tookPart(d, memberId))
          .map((d) => {
            const item: Involvement['decisions'][number] = {
              decisionId: d.id,
              kind: d.kind,
              question: d.question,
              status: d.status,
              proposed: d.options.filter((o) => o.proposedBy === memberId).map((o) => ({ id: o.id, text: o.text })),
              decidedByMe: d.outcome?.decidedBy.includes(memberId) ?? false,
            }
            const view = d.views.find((v) => v.memberId === memberId)
            if (view) {
              item.myView = { at: view.at }
              if (view.optionId) {
                item.myView.optionId = view.optionId
                const text = d.options.find((o) => o.id === view.optionId)?.text
                if (text) item.myView.optionText = text
              }
              if (view.text) item.myView.text = view.text
            }
            if (d.outcome) item.outcome = { text: d.outcome.text, method: d.outcome.method, decidedAt: d.outcome.decidedAt }
            return item
          }),
      }
      return result
    })
  }
}
