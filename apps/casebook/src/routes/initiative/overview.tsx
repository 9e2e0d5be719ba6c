import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { formatDate, formatMoney } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'

const PAYMENT_WORDS = { cash: 'Cash', voucher: 'Vouchers', choice: 'Cash or vouchers: the person chooses', none: 'Not paid' } as const

export function overviewRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const [members, sessions, feedback, updates] = await Promise.all([
      deps.coproduction.members.list(initiative.id, ctx),
      deps.coproduction.sessions.list(initiative.id, ctx),
      deps.coproduction.feedback.list(initiative.id, ctx),
      deps.coproduction.updates.list(initiative.id, ctx),
    ])
    const today = new Date().toISOString().slice(0, 10)
    const currentStage = initiative.stages?.find((stage) => (!stage.start || stage.start <= today) && (!stage.end || today < stage.end))
    const policy = initiative.paymentPolicy
    return render(
      c,
      <InitiativePage initiative={initiative} tab="overview" identity={c.get('identity')}>
        <p class="body-l">{initiative.purpose}</p>
        <ul class="stats">
          <li class="stats__item">
            <span class="stats__number">{members.filter((m) => !m.leftAt && !m.erasedAt).length}</span> members
          </li>
          <li class="stats__item">
            <span class="stats__number">{sessions.filter((s) => s.heldAt).length}</span> sessions held
          </li>
          <li class="stats__item">
            <span class="stats__number">{feedback.length}</span> pieces of feedback
          </li>
          <li class="stats__item">
            <span class="stats__number">{updates.length}</span> “you said, we did” updates
          </li>
        </ul>
        <dl class="summary-list">
          {currentStage ? (
            <div class="summary-list__row">
              <dt>Stage now</dt>
              <dd>
                <strong class="capitalise">{currentStage.name}</strong>: {currentStage.description}
              </dd>
            </div>
          ) : null}
          {initiative.timeline?.start ? (
            <div class="summary-list__row">
              <dt>Runs</dt>
              <dd>
                {formatDate(initiative.timeline.start)}
                {initiative.timeline.end ? ` to ${formatDate(initiative.timeline.end)}` : ''}
              </dd>
            </div>
          ) : null}
          {initiative.aims ? (
            <div class="summary-list__row">
              <dt>Aims we agreed together</dt>
              <dd>{initiative.aims.text}</dd>
            </div>
          ) : null}
          {policy ? (
            <div class="summary-list__row">
              <dt>How members are paid</dt>
              <dd>
                {PAYMENT_WORDS[policy.method]}
                {policy.hourlyRate !== undefined ? `, ${formatMoney(policy.hourlyRate, policy.currency ?? 'GBP')} an hour` : ''}
                {policy.expenses?.length ? `. We also pay for ${new Intl.ListFormat('en-GB').format(policy.expenses)}.` : ''}
              </dd>
            </div>
          ) : null}
        </dl>
        {initiative.scope ? (
          <div class="grid-row">
            <div class="grid-column-half">
              <h3 class="heading-m">What we can change together</h3>
              <ul class="list list--bullet">
                {initiative.scope.negotiable.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </div>
            <div class="grid-column-half">
              <h3 class="heading-m">What we cannot change</h3>
              <ul class="list list--bullet">
                {initiative.scope.nonNegotiable.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        {initiative.agreements?.length ? (
          <>
            <h3 class="heading-m">Ground rules we agreed</h3>
            <ul class="list list--bullet">
              {initiative.agreements.map((agreement) => (
                <li>{agreement.text}</li>
              ))}
            </ul>
          </>
        ) : null}
      </InitiativePage>,
    )
  })
}
