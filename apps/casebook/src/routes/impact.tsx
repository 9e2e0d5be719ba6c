import { type CallContext, isCoproduceError, type ImpactRange } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { toFieldErrors } from '../forms/form-errors.js'
import { ImpactChart, answeredShare } from '../impact/impact-chart.js'
import { impactCsv } from '../impact/impact-csv.js'
import { ErrorSummary } from '../views/error-summary.js'
import { Button, TextInput } from '../views/fields.js'
import { formatDate, formatMonth } from '../views/format.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

/** Used only if the service's own message is not plain (it is: "Use a date like 2026-04-01"). */
const RANGE_WORDS = {
  from: 'Enter the first day as a date, for example 2026-04-01',
  to: 'Enter the last day as a date, for example 2026-06-30',
}

/** The days asked for in the address (`?from=2026-04-01&to=2026-06-30`); empty boxes are left out. */
function rangeOf(c: CasebookContext): ImpactRange {
  const from = c.req.query('from')?.trim()
  const to = c.req.query('to')?.trim()
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

const rangeQuery = (range: ImpactRange) => new URLSearchParams(range as Record<string, string>).toString()

/** The summary for the days asked, or the days' errors in plain words (the page then shows every day's feedback). */
async function impactFor(deps: CasebookDeps, id: string, ctx: CallContext, range: ImpactRange) {
  try {
    return { impact: await deps.coproduction.initiatives.impact(id, ctx, range) }
  } catch (error) {
    if (!isCoproduceError(error) || error.code !== 'validation') throw error
    return { impact: await deps.coproduction.initiatives.impact(id, ctx), errors: toFieldErrors(error.issues, RANGE_WORDS) }
  }
}

/** "from 1 April 2026 to 30 June 2026", "since 1 April 2026", "up to 30 June 2026", or nothing. */
function rangeWords(range: ImpactRange | undefined): string {
  if (range?.from && range.to) return ` given from ${formatDate(range.from)} to ${formatDate(range.to)}`
  if (range?.from) return ` given since ${formatDate(range.from)}`
  if (range?.to) return ` given up to ${formatDate(range.to)}`
  return ''
}

/** The page a commissioner shows their board: did people hear back, how fast, and who helped. Public and consent-filtered. */
export function impactRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/impact', (c) => c.redirect(`/impact/${DEMO_INITIATIVE_ID}`, 302))

  app.get('/impact/:id/export.csv', async (c) => {
    const ctx = { actor: c.get('identity')?.actor ?? null }
    const id = c.req.param('id')
    const { impact, errors } = await impactFor(deps, id, ctx, rangeOf(c))
    // A link with days that cannot be read gets the reasons, not the whole year's numbers under a wrong name.
    if (errors) return c.text(`${Object.values(errors).join('\n')}\n`, 422)
    const name = ['impact', id, impact.range?.from, impact.range?.to].filter(Boolean).join('-')
    return c.body(impactCsv(impact), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name.replace(/[^a-zA-Z0-9-]/g, '-')}.csv"`,
    })
  })

  app.get('/impact/:id', async (c) => {
    const ctx = { actor: c.get('identity')?.actor ?? null }
    const id = c.req.param('id')
    const asked = rangeOf(c)
    const [initiative, { impact, errors }] = await Promise.all([
      deps.coproduction.initiatives.get(id, ctx),
      impactFor(deps, id, ctx, asked),
    ])
    const query = rangeQuery(impact.range ?? {})
    const share = answeredShare(impact.answered, impact.feedback)
    return render(
      c,
      <Layout title={`Impact: ${initiative.title}`} identity={c.get('identity')} section="impact" hasErrors={!!errors}>
        <ErrorSummary errors={errors} />
        <span class="caption">{initiative.title}</span>
        <h1 class="heading-xl">Did people hear back?</h1>
        <p class="body-l">When people tell us something, we owe them an answer: what we did, or why we could not.</p>
        <form method="get" class="panel" aria-labelledby="range-title">
          <h2 class="heading-m" id="range-title">
            Which days?
          </h2>
          <p class="hint">Count the feedback people gave on these days. Leave a box empty to count from the start, or up to today.</p>
          <div class="date-range">
            <TextInput name="from" label="First day" type="date" width="medium" value={asked.from} errors={errors} />
            <TextInput name="to" label="Last day" type="date" width="medium" value={asked.to} errors={errors} />
          </div>
          <Button secondary>Show these days</Button>
        </form>
        <p class="body">
          <a href={`/impact/${encodeURIComponent(id)}/export.csv${query ? `?${query}` : ''}`} download>
            Download these numbers as a spreadsheet (CSV)
          </a>
        </p>
        <ul class="stats">
          <li class="stats__item">
            <span class="stats__number">{share}%</span> of feedback{rangeWords(impact.range)} got a “you said, we did” answer (
            {impact.answered} of {impact.feedback})
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
      errors ? 422 : 200,
    )
  })
}
