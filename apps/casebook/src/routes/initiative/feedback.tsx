import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { feedbackKindWords, formatDate, ratingWords, updateStatusWords } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'

export function feedbackRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/feedback', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const [feedback, updates, members] = await Promise.all([
      deps.coproduction.feedback.list(initiative.id, ctx),
      deps.coproduction.updates.list(initiative.id, ctx),
      deps.coproduction.members.list(initiative.id, ctx),
    ])
    const newestFirst = [...feedback].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const waiting = feedback.filter((f) => !updates.some((u) => u.linkedFeedback.includes(f.id))).length
    const base = `/initiatives/${encodeURIComponent(initiative.id)}`
    return render(
      c,
      <InitiativePage initiative={initiative} tab="feedback" identity={c.get('identity')}>
        <p class="body">
          {feedback.length} pieces of feedback. <strong>{waiting}</strong> still need a “you said, we did” answer.
        </p>
        <table class="table table--stack" id="feedback-inbox">
          <caption class="table__caption visually-hidden">Feedback, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Given on</th>
              <th scope="col">From</th>
              <th scope="col">What they said</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((item) => {
              const answers = updates.filter((u) => u.linkedFeedback.includes(item.id))
              const from = item.removedAt
                ? 'Removed at their request'
                : item.anonymous
                  ? 'Anonymous'
                  : (members.find((m) => m.id === item.memberId)?.displayName ?? 'A member')
              return (
                <tr id={`feedback-${item.id}`}>
                  <td data-label="Given on">{formatDate(item.createdAt)}</td>
                  <td data-label="From">{from}</td>
                  <td>
                    <span class="caption caption--small">
                      {feedbackKindWords(item.kind)}
                      {item.rating ? `: ${ratingWords(item.rating)}` : ''}
                    </span>
                    {item.removedAt ? (
                      <p class="hint">Removed at the person’s request on {formatDate(item.removedAt)}. Only the date and score are kept.</p>
                    ) : item.wordsHidden ? (
                      <p class="hint">Words hidden: the person took back their yes to keeping what they told us.</p>
                    ) : null}
                    {item.text ? <p class="feedback-text">{item.text}</p> : null}
                    {item.attachments?.length ? <p class="hint">{item.attachments.length} attachments</p> : null}
                  </td>
                  <td data-label="Answer">
                    {!answers.length && item.removedAt ? (
                      '–'
                    ) : answers.length ? (
                      <ul class="list">
                        {answers.map((u) => (
                          <li>
                            <a href={`${base}/updates#update-${u.id}`}>{updateStatusWords(u.status)}</a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <a href={`${base}/updates?answer=${encodeURIComponent(item.id)}#publish`} class="button button--secondary button--small">
                        Answer this<span class="visually-hidden">: feedback from {from} on {formatDate(item.createdAt)}</span>
                      </a>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </InitiativePage>,
    )
  })
}
