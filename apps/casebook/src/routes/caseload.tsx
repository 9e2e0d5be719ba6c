import type { CasebookApp, CasebookDeps } from '../app-env.js'
import { CASELOAD, STATUS_WORDS, findCase } from '../demo/caseload.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { formatDate } from '../views/format.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

export function caseloadRoutes(app: CasebookApp, _deps: CasebookDeps): void {
  app.get('/caseload', (c) =>
    render(
      c,
      <Layout title="Your caseload" identity={c.get('identity')} section="caseload">
        <h1 class="heading-xl">Your caseload</h1>
        <p class="body">
          {CASELOAD.length} people you are helping. People marked <strong class="tag tag--green">Commission</strong> are also members of the{' '}
          <a href={`/initiatives/${DEMO_INITIATIVE_ID}`}>Cost of Living Truth Commission</a>.
        </p>
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">People you are helping</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Name</th>
              <th scope="col">What they want help with</th>
              <th scope="col">Status</th>
              <th scope="col">Next contact</th>
            </tr>
          </thead>
          <tbody>
            {CASELOAD.map((record) => (
              <tr>
                <td data-label="Case">
                  <a href={`/cases/${record.ref}`}>{record.ref}</a>
                </td>
                <td>
                  {record.name}
                  {record.memberId ? (
                    <>
                      {' '}
                      <strong class="tag tag--green">Commission</strong>
                    </>
                  ) : null}
                </td>
                <td data-label="Help with">{record.support}</td>
                <td data-label="Status">{STATUS_WORDS[record.status]}</td>
                <td data-label="Next contact">{formatDate(inDays(record.nextContactInDays))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    ),
  )

  app.get('/cases/:ref', (c) => {
    const record = findCase(c.req.param('ref'))
    if (!record) return c.notFound()
    return render(
      c,
      <Layout title={`${record.name} (${record.ref})`} identity={c.get('identity')} section="caseload">
        <a href="/caseload" class="back-link">
          Back to your caseload
        </a>
        <span class="caption">{record.ref}</span>
        <h1 class="heading-xl">{record.name}</h1>
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt>What they want help with</dt>
            <dd>{record.support}</dd>
          </div>
          <div class="summary-list__row">
            <dt>Status</dt>
            <dd>{STATUS_WORDS[record.status]}</dd>
          </div>
          <div class="summary-list__row">
            <dt>Next contact</dt>
            <dd>{formatDate(inDays(record.nextContactInDays))}</dd>
          </div>
          <div class="summary-list__row">
            <dt>Key worker</dt>
            <dd>{record.keyworker}</dd>
          </div>
          <div class="summary-list__row">
            <dt>Truth Commission</dt>
            <dd>
              {record.memberId ? (
                <a href={`/initiatives/${DEMO_INITIATIVE_ID}/members#${record.memberId}`}>Member of the Truth Commission</a>
              ) : (
                'Not a member'
              )}
            </dd>
          </div>
        </dl>
      </Layout>,
    )
  })
}
