import { expect, test } from '@playwright/test'
import { loginAs, screenshot, widgetsReady } from './support/casebook.js'

/**
 * The loop the demo is for: someone says something, staff answer it, the person sees the answer; and consent
 * decides whose name is shown. One story, in order, against the running Casebook.
 */
test.describe.serial('you said, we did', () => {
  const words = `The bus stop outside the community centre has no shelter, and we get soaked (${Date.now()}).`
  const weDid = 'We asked the council for a shelter. It goes up next month.'
  const paraphrase = 'People get wet waiting for the bus by the community centre.'

  test('a member gives feedback without their name', async ({ page }) => {
    await loginAs(page, 'Dave Price')
    await widgetsReady(page)
    const feedback = page.locator('cp-feedback')
    await feedback.getByLabel('What would you like to tell us?').fill(words)
    await feedback.getByRole('checkbox', { name: 'Send this without my name' }).check()
    await feedback.getByRole('button', { name: 'Send' }).click()
    await expect(feedback.getByRole('heading', { name: 'Thank you' })).toBeVisible()
    await expect(feedback).toContainText('We did not keep your name.')
    await screenshot(page, 'flow-1-feedback-sent')
  })

  test('the caseworker sees it in the inbox with no name, and publishes an update linked to it', async ({ page }) => {
    await loginAs(page, 'Sam Okafor')
    await page.goto('/initiatives/leeds-truth-commission/feedback')
    const row = page.getByRole('row').filter({ hasText: words })
    await expect(row).toContainText('Anonymous')
    await expect(row).not.toContainText('Dave')
    await row.getByRole('link', { name: /Answer this/ }).click()

    await expect(page.getByRole('textbox', { name: 'You said', exact: true })).toHaveValue(words)
    await expect(page.getByRole('checkbox', { name: new RegExp(words.slice(0, 40)) })).toBeChecked()
    await page.getByRole('textbox', { name: 'We did', exact: true }).fill(weDid)
    await page.getByRole('radio', { name: 'Planned' }).check()
    await page.getByRole('button', { name: 'Publish update' }).click()
    // The person did not say yes to sharing their words: the form says so, and the caseworker says it in their own.
    await expect(page.getByRole('alert')).toContainText('Say it in your own words')
    await expect(page.getByRole('textbox', { name: 'You said', exact: true })).toHaveValue(words)
    await page.getByRole('textbox', { name: 'You said', exact: true }).fill(paraphrase)
    await page.getByRole('button', { name: 'Publish update' }).click()
    await expect(page.getByRole('alert')).toContainText('Update published')
    await screenshot(page, 'flow-2-update-published')

    await page.goto('/initiatives/leeds-truth-commission/feedback')
    await expect(page.getByRole('row').filter({ hasText: words }).getByRole('link', { name: 'Planned' })).toBeVisible()
  })

  test('the member sees the answer under "You said, we did"', async ({ page }) => {
    await loginAs(page, 'Dave Price')
    await widgetsReady(page)
    const updates = page.locator('cp-updates')
    await expect(updates.getByRole('heading', { name: 'You said, we did' })).toBeVisible()
    const card = updates.getByRole('article').filter({ hasText: weDid })
    await expect(card).toContainText(paraphrase)
    await expect(card).not.toContainText(words)
    await expect(card).toContainText('This answers 1 piece of feedback.')
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'flow-3-member-sees-answer')
  })

  test('a member takes back "thank me by name", and their name leaves the public update', async ({ page }) => {
    await loginAs(page, 'Amira Hussain')
    await widgetsReady(page)
    const letters = page.locator('cp-updates').getByRole('article').filter({ hasText: 'Letters from the council' })
    await expect(letters.locator('[part="credits"]')).toContainText('Amira Hussain')

    const thanks = page.locator('cp-consent').getByRole('group', { name: 'Can we thank you by name?' })
    await thanks.getByRole('button', { name: 'Take back my yes' }).click()
    await expect(page.locator('cp-consent')).toContainText('Saved. You took back your yes to: Can we thank you by name?')

    await page.reload()
    await widgetsReady(page)
    const credits = page.locator('cp-updates').getByRole('article').filter({ hasText: 'Letters from the council' }).locator('[part="credits"]')
    await expect(credits).toContainText('Joy Mensah')
    await expect(credits).not.toContainText('Amira')
    await screenshot(page, 'flow-4-name-withdrawn')

    await page.goto('/impact')
    await expect(page.locator('#credited')).toContainText('Joy Mensah')
    await expect(page.locator('#credited')).not.toContainText('Amira')
  })

  test('the principles report of the demo initiative renders', async ({ page }) => {
    await loginAs(page, 'Sam Okafor')
    await page.goto('/initiatives/leeds-truth-commission/principles')
    await widgetsReady(page)
    const report = page.locator('cp-principles-report')
    await expect(report.getByRole('heading', { name: 'Co-production check: Cost of Living Truth Commission' })).toBeVisible()
    await expect(report.getByRole('heading', { name: 'Where this work is on the ladder' })).toBeVisible()
    await expect(report.getByRole('table').first()).toBeVisible()
    await screenshot(page, 'flow-5-principles-report')
  })
})
