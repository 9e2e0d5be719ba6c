import type { CasebookApp, CasebookDeps } from '../app-env.js'
import { CASELOAD, STATUS_WORDS, findCase } from '../demo/caseload.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { languageOf } from '../i18n/language.js'
import { translator } from '../i18n/translate.js'
import { formatDate } from '../views/format.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

export function caseloadRoutes(app: CasebookApp, _deps: CasebookDeps): void {
  app.get('/caseload', (c) => {
    const language = languageOf(c)
    const t = translator(language)
    return render(
      c,
      <Layout title={t('caseload.title')} identity={c.get('identity')} section="caseload">
        <h1 class="heading-xl">{t('caseload.title')}</h1>
        <p class="body">
          {t('caseload.intro', { count: CASELOAD.length })} <strong class="tag tag--green">{t('caseload.commission')}</strong>{' '}
          {t('caseload.introEnd')} <a href={`/initiatives/${DEMO_INITIATIVE_ID}`}>{t('caseload.commissionName')}</a>.
        </p>
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">{t('caseload.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseload.case')}</th>
              <th scope="col">{t('caseload.name')}</th>
              <th scope="col">{t('caseload.helpWith')}</th>
              <th scope="col">{t('caseload.status')}</th>
              <th scope="col">{t('caseload.next')}</th>
            </tr>
          </thead>
          <tbody>
            {CASELOAD.map((record) => (
              <tr>
                <td data-label={t('caseload.case')}>
                  <a href={`/cases/${record.ref}`}>{record.ref}</a>
                </td>
                <td>
                  {record.name}
                  {record.memberId ? (
                    <>
                      {' '}
                      <strong class="tag tag--green">{t('caseload.commission')}</strong>
                    </>
                  ) : null}
                </td>
                <td data-label={t('caseload.helpWithShort')}>{record.support}</td>
                <td data-label={t('caseload.status')}>{t(STATUS_WORDS[record.status])}</td>
                <td data-label={t('caseload.next')}>{formatDate(inDays(record.nextContactInDays), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    )
  })

  app.get('/cases/:ref', (c) => {
    const record = findCase(c.req.param('ref'))
    if (!record) return c.notFound()
    const language = languageOf(c)
    const t = translator(language)
    return render(
      c,
      <Layout title={`${record.name} (${record.ref})`} identity={c.get('identity')} section="caseload">
        <a href="/caseload" class="back-link">
          {t('caseload.back')}
        </a>
        <span class="caption">{record.ref}</span>
        <h1 class="heading-xl">{record.name}</h1>
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt>{t('caseload.helpWith')}</dt>
            <dd>{record.support}</dd>
          </div>
          <div class="summary-list__row">
            <dt>{t('caseload.status')}</dt>
            <dd>{t(STATUS_WORDS[record.status])}</dd>
          </div>
          <div class="summary-list__row">
            <dt>{t('caseload.next')}</dt>
            <dd>{formatDate(inDays(record.nextContactInDays), language)}</dd>
          </div>
          <div class="summary-list__row">
            <dt>{t('caseload.keyworker')}</dt>
            <dd>{record.keyworker}</dd>
          </div>
          <div class="summary-list__row">
            <dt>{t('layout.commission')}</dt>
            <dd>
              {record.memberId ? (
                <a href={`/initiatives/${DEMO_INITIATIVE_ID}/members#${record.memberId}`}>{t('caseload.member')}</a>
              ) : (
                t('caseload.notMember')
              )}
            </dd>
          </div>
        </dl>
      </Layout>,
    )
  })
}
