import { API_BASE } from '../../api-base.js'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { languageOf } from '../../i18n/language.js'
import { translator } from '../../i18n/translate.js'
import { formatMoney } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { loadInitiative } from './load.js'

/**
 * Payments: a layout and one widget. `<cp-payments>` shows the totals per person, records a payment (checking the
 * living wage as staff type, asking why a voucher is used, prompting benefits advice) and downloads a CSV for
 * finance. Casebook writes no form of its own here: the widget talks to the Coproduce API as the signed-in staff.
 */
export function paymentsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/payments', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const rate = initiative.paymentPolicy?.hourlyRate
    const currency = initiative.paymentPolicy?.currency ?? 'GBP'
    const language = languageOf(c)
    const t = translator(language)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="payments" identity={c.get('identity')} widgets>
        <p class="body">
          {t('payments.intro')}
          {rate !== undefined ? t('payments.rate', { rate: formatMoney(rate, currency, language) }) : ''}
        </p>
        <cp-payments endpoint={API_BASE} initiative={initiative.id} living-wage={rate} currency={currency}></cp-payments>
      </InitiativePage>,
    )
  })
}
