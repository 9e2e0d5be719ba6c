import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { languageOf } from '../../i18n/language.js'
import { translator } from '../../i18n/translate.js'
import { formatDate, formatList, formatMoney } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'

const PAYMENT_WORDS = { cash: 'pay.cash', voucher: 'pay.voucher', choice: 'pay.choice', none: 'pay.none' } as const

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
    const language = languageOf(c)
    const t = translator(language)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="overview" identity={c.get('identity')}>
        <p class="body-l">{initiative.purpose}</p>
        <ul class="stats">
          <li class="stats__item">
            <span class="stats__number">{members.filter((m) => !m.leftAt && !m.erasedAt).length}</span> {t('overview.members')}
          </li>
          <li class="stats__item">
            <span class="stats__number">{sessions.filter((s) => s.heldAt).length}</span> {t('overview.held')}
          </li>
          <li class="stats__item">
            <span class="stats__number">{feedback.length}</span> {t('overview.feedback')}
          </li>
          <li class="stats__item">
            <span class="stats__number">{updates.length}</span> {t('overview.updates')}
          </li>
        </ul>
        <dl class="summary-list">
          {currentStage ? (
            <div class="summary-list__row">
              <dt>{t('overview.stage')}</dt>
              <dd>
                <strong class="capitalise">{currentStage.name}</strong>: {currentStage.description}
              </dd>
            </div>
          ) : null}
          {initiative.timeline?.start ? (
            <div class="summary-list__row">
              <dt>{t('overview.runs')}</dt>
              <dd>
                {initiative.timeline.end
                  ? t('overview.runsTo', {
                      from: formatDate(initiative.timeline.start, language),
                      to: formatDate(initiative.timeline.end, language),
                    })
                  : formatDate(initiative.timeline.start, language)}
              </dd>
            </div>
          ) : null}
          {initiative.aims ? (
            <div class="summary-list__row">
              <dt>{t('overview.aims')}</dt>
              <dd>{initiative.aims.text}</dd>
            </div>
          ) : null}
          {policy ? (
            <div class="summary-list__row">
              <dt>{t('overview.paid')}</dt>
              <dd>
                {t(PAYMENT_WORDS[policy.method])}
                {policy.hourlyRate !== undefined
                  ? t('overview.perHour', { rate: formatMoney(policy.hourlyRate, policy.currency ?? 'GBP', language) })
                  : ''}
                {policy.expenses?.length ? t('overview.expenses', { things: formatList(policy.expenses, language) }) : ''}
              </dd>
            </div>
          ) : null}
        </dl>
        {initiative.scope ? (
          <div class="grid-row">
            <div class="grid-column-half">
              <h3 class="heading-m">{t('overview.canChange')}</h3>
              <ul class="list list--bullet">
                {initiative.scope.negotiable.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </div>
            <div class="grid-column-half">
              <h3 class="heading-m">{t('overview.cannotChange')}</h3>
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
            <h3 class="heading-m">{t('overview.groundRules')}</h3>
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
