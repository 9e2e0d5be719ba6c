import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

const initiative = '/initiatives/leeds-truth-commission'

/**
 * The sessions and payments pages are a layout and a widget: staff plan a session in `<cp-sessions>` and pay a
 * member in `<cp-payments>`, against the running Casebook and its API, with every problem shown at once.
 */
test.describe
  .serial('sessions and payments through the widgets', () => {
    const title = `Summer story circle ${Date.now()}`

    test('a session with no place is refused, with every problem at once; then it is planned', async ({ page }) => {
      await loginAs(page, 'Sam Okafor')
      await page.goto(`${initiative}/sessions`)
      await widgetsReady(page)
      const sessions = page.locator('cp-sessions')
      await sessions.getByLabel('Name of the session (optional)').fill(title)
      await sessions.getByLabel('Date', { exact: true }).fill('2030-07-01')
      await sessions.getByLabel('Start time').fill('08:30')
      // The school run: the widget warns as staff type.
      await expect(sessions).toContainText('This time clashes with the school run')
      await sessions.getByRole('button', { name: 'Plan session' }).click()
      const summary = sessions.getByRole('alert')
      await expect(summary).toContainText('Enter where the session is')
      await expect(summary).toContainText('Choose what kind of place it is')
      await expectNoAxeViolations(page)
      await screenshot(page, 'sessions-errors')

      await sessions.getByLabel('Start time').fill('18:30')
      await sessions.getByLabel('Where it is').fill('Holbeck Community Centre')
      await sessions.getByLabel('What kind of place it is').selectOption('community')
      await sessions.getByRole('checkbox', { name: 'We help with childcare' }).check()
      await sessions.getByRole('button', { name: 'Plan session' }).click()
      await expect(sessions).toContainText('Session planned.')
      await expect(sessions).toContainText(title)

      // It is stored: a fresh page lists it.
      await page.reload()
      await widgetsReady(page)
      await expect(page.locator('cp-sessions')).toContainText(title)
    })

    test('a payment below the living wage or with minus hours is refused; an empty amount pays the living wage', async ({ page }) => {
      await loginAs(page, 'Sam Okafor')
      await page.goto(`${initiative}/payments`)
      await widgetsReady(page)
      const payments = page.locator('cp-payments')
      await payments.getByLabel('Who you are paying').selectOption({ label: 'Amira Hussain' })
      await payments.getByLabel('Hours', { exact: true }).fill('-1')
      await payments.getByRole('button', { name: 'Record payment' }).click()
      const summary = payments.getByRole('alert')
      await expect(summary).toContainText('Enter the hours as a number more than 0, for example 3')
      await expect(summary).not.toContainText('Enter the amount')

      await payments.getByLabel('Hours', { exact: true }).fill('2')
      await payments.getByLabel('Amount (leave empty to pay the living wage)').fill('10')
      await expect(payments).toContainText('This is less than the living wage. For 2 hours, pay at least £26.90.')
      await payments.getByLabel('Amount (leave empty to pay the living wage)').fill('')
      await expect(payments).toContainText('2 hours at £13.45 an hour is £26.90.')
      await payments.getByRole('button', { name: 'Record payment' }).click()
      await expect(payments).toContainText('Payment recorded: £26.90 to Amira Hussain.')
      await expectNoAxeViolations(page)
      await screenshot(page, 'payments-recorded')
    })
  })
