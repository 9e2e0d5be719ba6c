import type { CasebookApp, CasebookDeps } from '../app-env.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { ImpactChart, answeredShare } from '../impact/impact-chart.js'
import { formatMonth } from '../views/format.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

/** The page a commissioner shows their board: did people hear back, how fast, and who helped. Public and consent-filtered. */
export function impactRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/impact', (c) => c.redirect(`/impact/${DEMO_INITIATIVE_ID}`, 302))

  app.get('/impact/:id', async (c) => {
    const ctx = { actor: c.get('identity')?.actor ?? null }
    const id = c.req.param('id')
    const [initiative, impact] = await Promise.all([
      deps.coproduction.initiatives.get(id, ctx),
      deps.coproduction.initiatives.impact(id, ctx),
    ])
    const share = answeredShare(impact.answered, impact.feedback)
    return render(
      c,
      <Layout title={`Impact: ${initiative.title}`} identity={c.get('identity')} section="impact">
        <span class="caption">{initiative.title}</span>
        <h1 class="heading-xl">Did people hear back?</h1>
        <p class="body-l">When people tell us something, we owe them an answer: what we did, or why we could not.</p>
        <ul class="stats">
          <li class="stats__item">
            <span class="stats__number">{share}%</span> of feedback got a “you said, we did” answer ({impact.answered} of {impact.feedback})
          </li>
          <li class="stats__item">
            <span class="stats__number">{impact.medianDaysToAnswer === null ? '–' : `${Math.round(impact.medianDaysToAnswer)} days`}</span>{' '}
            is the usual wait for an answer (the median)
          </li>
          <li class="stats__item">
            <span class="stats__number">{impact.credited.length}</span> people thanked by name
          </li>
        </ul>
        <h2 class="heading-l">Answers, month by month</h2>
        <figure class="figure">
          <ImpactChart months={impact.byMonth} />
          <figcaption class="hint">
            Each bar is the feedback given that month. Its height is the share that has an answer now. The table below has the same numbers.
          </figcaption>
        </figure>
        <table class="table table--stack" id="impact-table">
          <caption class="table__caption">Feedback and answers by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" class="table__numeric">
                Feedback given
              </th>
              <th scope="col" class="table__numeric">
                With an answer
              </th>
              <th scope="col" class="table__numeric">
                Share answered
              </th>
            </tr>
          </thead>
          <tbody>
            {impact.byMonth.map((m) => (
              <tr>
                <th scope="row">{formatMonth(m.month)}</th>
                <td class="table__numeric" data-label="Feedback given">
                  {m.feedback}
                </td>
                <td class="table__numeric" data-label="With an answer">
                  {m.answered}
                </td>
                <td class="table__numeric" data-label="Share answered">{`${answeredShare(m.answered, m.feedback)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 class="heading-l">Thank you</h2>
        {impact.credited.length ? (
          <>
            <p class="body">These members helped make the changes, and said yes to being named:</p>
            <ul class="list list--bullet" id="credited">
              {impact.credited.map((person) => (
                <li>{person.displayName}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="body" id="credited">
            Nobody has said yes to being named yet.
          </p>
        )}
        <p class="hint">We only show the names of people who said yes. Anyone can change their mind at any time.</p>
      </Layout>,
    )
  })
}
