import { type CallContext, isCoproduceError, type ImpactRange } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../app-env.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { toFieldErrors } from '../forms/form-errors.js'
import { ImpactChart, answeredShare } from '../impact/impact-chart.js'
import { impactCsv } from '../impact/impact-csv.js'
import { ErrorSummary } from '../views/error-summary.js'
import { Button, TextInput } from '../views/fields.js'
import { languageOf } from '../i18n/language.js'
import { translator, type Language, type Translate } from '../i18n/translate.js'
import { formatDate, formatMonth } from '../views/format.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

const isDay = (value: string | undefined) => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The words for days that cannot be used, in the page's language: a day it cannot read, or days the wrong way round. */
const rangeErrors = (t: Translate, range: ImpactRange) => ({
  from: t('impact.fromError'),
  to: isDay(range.from) && isDay(range.to) ? t('impact.orderError') : t('impact.toError'),
})

/** The days asked for in the address (`?from=2026-04-01&to=2026-06-30`); empty boxes are left out. */
function rangeOf(c: CasebookContext): ImpactRange {
  const from = c.req.query('from')?.trim()
  const to = c.req.query('to')?.trim()
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

const rangeQuery = (range: ImpactRange) => new URLSearchParams(range as Record<string, string>).toString()

/** The summary for the days asked, or the days' errors in plain words (the page then shows every day's feedback). */
async function impactFor(deps: CasebookDeps, id: string, ctx: CallContext, range: ImpactRange, language: Language) {
  try {
    return { impact: await deps.coproduction.initiatives.impact(id, ctx, range) }
  } catch (error) {
    if (!isCoproduceError(error) || error.code !== 'validation') throw error
    return {
      impact: await deps.coproduction.initiatives.impact(id, ctx),
      errors: toFieldErrors(error.issues, rangeErrors(translator(language), range), { ownWords: language !== 'en' }),
    }
  }
}

/** "from 1 April 2026 to 30 June 2026", "since 1 April 2026", "up to 30 June 2026", or nothing. */
function rangeWords(range: ImpactRange | undefined, language: Language): string {
  const t = translator(language)
  const from = formatDate(range?.from, language)
  const to = formatDate(range?.to, language)
  if (range?.from && range.to) return t('impact.rangeBoth', { from, to })
  if (range?.from) return t('impact.rangeFrom', { from })
  if (range?.to) return t('impact.rangeTo', { to })
  return ''
}

/** The page a commissioner shows their board: did people hear back, how fast, and who helped. Public and consent-filtered. */
export function impactRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/impact', (c) => c.redirect(`/impact/${DEMO_INITIATIVE_ID}`, 302))

  app.get('/impact/:id/export.csv', async (c) => {
    const ctx = { actor: c.get('identity')?.actor ?? null }
    const id = c.req.param('id')
    const { impact, errors } = await impactFor(deps, id, ctx, rangeOf(c), languageOf(c))
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
    const language = languageOf(c)
    const t = translator(language)
    const [initiative, { impact, errors }] = await Promise.all([
      deps.coproduction.initiatives.get(id, ctx),
      impactFor(deps, id, ctx, asked, language),
    ])
    const query = rangeQuery(impact.range ?? {})
    const share = answeredShare(impact.answered, impact.feedback)
    return render(
      c,
      <Layout title={t('impact.pageTitle', { title: initiative.title })} identity={c.get('identity')} section="impact" hasErrors={!!errors}>
        <ErrorSummary errors={errors} />
        <span class="caption">{initiative.title}</span>
        <h1 class="heading-xl">{t('impact.title')}</h1>
        <p class="body-l">{t('impact.lead')}</p>
        <form method="get" class="panel" aria-labelledby="range-title">
          <h2 class="heading-m" id="range-title">
            {t('impact.which')}
          </h2>
          <p class="hint">{t('impact.whichHint')}</p>
          <div class="date-range">
            <TextInput name="from" label={t('impact.from')} type="date" width="medium" value={asked.from} errors={errors} />
            <TextInput name="to" label={t('impact.to')} type="date" width="medium" value={asked.to} errors={errors} />
          </div>
          <Button secondary>{t('impact.show')}</Button>
        </form>
        <p class="body">
          <a href={`/impact/${encodeURIComponent(id)}/export.csv${query ? `?${query}` : ''}`} download>
            {t('impact.download')}
          </a>
        </p>
        <ul class="stats">
          <li class="stats__item">
            <span class="stats__number">{share}%</span>{' '}
            {t('impact.share', { range: rangeWords(impact.range, language), answered: impact.answered, feedback: impact.feedback })}
          </li>
          <li class="stats__item">
            <span class="stats__number">
              {impact.medianDaysToAnswer === null ? '–' : t('impact.days', { count: Math.round(impact.medianDaysToAnswer) })}
            </span>{' '}
            {t('impact.wait')}
          </li>
          <li class="stats__item">
            <span class="stats__number">{impact.credited.length}</span> {t('impact.thanked')}
          </li>
        </ul>
        <h2 class="heading-l">{t('impact.byMonth')}</h2>
        <figure class="figure">
          <ImpactChart months={impact.byMonth} />
          <figcaption class="hint">{t('impact.figure')}</figcaption>
        </figure>
        <table class="table table--stack" id="impact-table">
          <caption class="table__caption">{t('impact.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impact.month')}</th>
              <th scope="col" class="table__numeric">
                {t('impact.given')}
              </th>
              <th scope="col" class="table__numeric">
                {t('impact.answered')}
              </th>
              <th scope="col" class="table__numeric">
                {t('impact.shareAnswered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {impact.byMonth.map((m) => (
              <tr>
                <th scope="row">{formatMonth(m.month, language)}</th>
                <td class="table__numeric" data-label={t('impact.given')}>
                  {m.feedback}
                </td>
                <td class="table__numeric" data-label={t('impact.answered')}>
                  {m.answered}
                </td>
                <td class="table__numeric" data-label={t('impact.shareAnswered')}>{`${answeredShare(m.answered, m.feedback)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 class="heading-l">{t('impact.thankYou')}</h2>
        {impact.credited.length ? (
          <>
            <p class="body">{t('impact.credited')}</p>
            <ul class="list list--bullet" id="credited">
              {impact.credited.map((person) => (
                <li>{person.displayName}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="body" id="credited">
            {t('impact.nobody')}
          </p>
        )}
        <p class="hint">{t('impact.onlyYes')}</p>
      </Layout>,
      errors ? 422 : 200,
    )
  })
}
