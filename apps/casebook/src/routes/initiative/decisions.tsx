import type { Decision, Initiative } from '@coproduce/core'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { formatDate } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative, noticeFrom } from './load.js'

const KIND_WORDS: Record<string, string> = {
  aims: 'Aims',
  'ground-rules': 'Ground rules',
  risk: 'Risk',
  priority: 'What to do first',
  other: 'Other',
}
const STATUS_WORDS: Record<string, string> = { open: 'Open', decided: 'Decided', revisited: 'Open again' }
const METHOD_WORDS: Record<string, string> = {
  consensus: 'everyone agreed',
  vote: 'a vote',
  delegated: 'the group asked someone to decide',
  'staff-only': 'staff decided alone',
}

/** What in the plan points at this decision: the aims, the ground rules or a risk decision. */
function linksTo(initiative: Initiative, decision: Decision): string[] {
  const links: string[] = []
  if (initiative.aims?.decisionId === decision.id) links.push('the aims')
  if (initiative.agreements?.some((a) => a.decisionId === decision.id)) links.push('the ground rules')
  for (const r of initiative.riskDecisions ?? [])
    if (r.decisionId === decision.id) links.push(`the risk decision on ${r.topic.toLowerCase()}`)
  return links
}

/** Staff see every decision of the group: the options and who brought them, each person's view, and the outcome. */
export function decisionsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/decisions', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const [decisions, members] = await Promise.all([
      deps.coproduction.decisions.list(initiative.id, ctx),
      deps.coproduction.members.list(initiative.id, ctx),
    ])
    const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? 'Staff'
    const newestFirst = [...decisions].sort((a, b) => (b.openedAt ?? '').localeCompare(a.openedAt ?? ''))
    const open = decisions.filter((d) => d.status !== 'decided').length
    return render(
      c,
      <InitiativePage initiative={initiative} tab="decisions" identity={c.get('identity')} notice={noticeFrom(c)}>
        <p class="body">
          {decisions.length} decisions on record. <strong>{open}</strong> still open.
        </p>
        <p class="body">
          <a href={`/initiatives/${encodeURIComponent(initiative.id)}/decisions/new`} class="button button--secondary">
            Ask the group to decide something
          </a>
        </p>
        {newestFirst.map((d) => {
          const links = linksTo(initiative, d)
          const optionText = (id: string | undefined) => d.options.find((o) => o.id === id)?.text
          return (
            <article class="card" id={`decision-${d.id}`} aria-labelledby={`decision-${d.id}-q`}>
              <span class="caption caption--small">
                {KIND_WORDS[d.kind] ?? d.kind} · {STATUS_WORDS[d.status] ?? d.status}
                {d.openedAt ? ` · opened ${formatDate(d.openedAt)}` : ''}
              </span>
              <h3 class="heading-m" id={`decision-${d.id}-q`}>
                {d.question}
              </h3>
              {links.length ? <p class="hint">This is the record behind {links.join(' and ')}.</p> : null}
              {d.options.length ? (
                <>
                  <h4 class="heading-s">Options</h4>
                  <ul class="list">
                    {d.options.map((o) => (
                      <li>
                        {o.text}
                        {o.proposedBy ? <span class="hint"> (brought by {nameOf(o.proposedBy)})</span> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <h4 class="heading-s">What people said ({d.views.length})</h4>
              {d.views.length ? (
                <ul class="list">
                  {d.views.map((v) => (
                    <li>
                      <strong>{nameOf(v.memberId)}</strong>
                      {v.optionId ? `: ${optionText(v.optionId) ?? v.optionId}` : ''}
                      {v.text ? <span class="feedback-text"> “{v.text}”</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="body">Nobody has given a view yet.</p>
              )}
              {d.status !== 'decided' ? (
                <p class="body">
                  <a href={`/initiatives/${encodeURIComponent(initiative.id)}/decisions/${encodeURIComponent(d.id)}/decide`}>
                    Write down what was decided<span class="visually-hidden">: {d.question}</span>
                  </a>
                </p>
              ) : null}
              {d.outcome ? (
                <p class="body">
                  <strong>Decided on {formatDate(d.outcome.decidedAt)}</strong> by {METHOD_WORDS[d.outcome.method] ?? d.outcome.method} (
                  {d.outcome.decidedBy.map(nameOf).join(', ')}): {d.outcome.text}
                </p>
              ) : null}
            </article>
          )
        })}
      </InitiativePage>,
    )
  })
}
