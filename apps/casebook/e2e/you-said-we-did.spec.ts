import { expect, test } from '@playwright/test'
import { loginAs, screenshot, widgetsReady } from './support/casebook.js'

/**
 * The loop the demo is for: someone says something, staff answer it, the person sees the answer; and consent
 * decides whose name is shown. One story, in order, against the running Casebook.
 */
test.describe
  .serial('you said, we did', () => {
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

    test('the caseworker sees it in <cp-feedback-inbox> with no name, and answers it through <cp-update-editor>', async ({ page }) => {
      await loginAs(page, 'Sam Okafor')
      await page.goto('/initiatives/leeds-truth-commission/feedback')
      await widgetsReady(page)
      const inbox = page.locator('cp-feedback-inbox')
      await inbox.getByLabel('Not answered yet').check()
      const item = inbox.getByRole('listitem').filter({ hasText: words })
      await expect(item).toContainText('Without a name')
      await expect(item).not.toContainText('Dave')
      // Dave said yes to being quoted without his name in his choices; the form showed that answer and he kept it.
      await expect(item).toContainText('Agreed to be quoted without their name')
      await item.getByRole('button', { name: 'Answer with an update' }).click()

      const editor = page.locator('cp-update-editor')
      await expect(editor.getByRole('checkbox', { name: new RegExp(words.slice(0, 40).replace(/[()]/g, '.')) })).toBeChecked()
      await expect(editor.getByRole('textbox', { name: 'You said' })).toBeFocused()
      // Every missing answer at once, in one summary.
      await editor.getByRole('radio', { name: 'Not possible' }).check()
      await editor.getByRole('button', { name: 'Publish', exact: true }).click()
      await expect(editor.getByRole('alert')).toContainText('Write what people told us')
      await expect(editor.getByRole('alert')).toContainText('Say why this is not possible')
      await editor.getByRole('textbox', { name: 'You said' }).fill(paraphrase)
      await editor.getByRole('textbox', { name: 'We did' }).fill(weDid)
      await editor.getByRole('radio', { name: 'Planned' }).check()
      await expect(editor.locator('[part=preview]')).toContainText(weDid)
      await editor.getByRole('button', { name: 'Publish', exact: true }).click()
      // The language check speaks before anything is published; staff may reword, or publish anyway.
      await expect(editor.locator('[part=flags]')).toContainText('Please look at these words before you publish')
      await editor.getByRole('button', { name: 'Publish anyway' }).click()
      await expect(editor.getByRole('status').filter({ hasText: 'Published' })).toBeVisible()
      await screenshot(page, 'flow-2-update-published')

      await page.reload()
      await widgetsReady(page)
      await expect(page.locator('cp-feedback-inbox').getByRole('listitem').filter({ hasText: words })).toContainText(
        `Answered by: ${weDid}`,
      )
    })

    test('the member sees the answer under "You said, we did"', async ({ page }) => {
      await loginAs(page, 'Dave Price')
      await widgetsReady(page)
      const updates = page.locator('cp-updates')
      await expect(updates.getByRole('heading', { name: 'You said, we did' })).toBeVisible()
      const card = updates.getByRole('article').filter({ hasText: weDid })
      await expect(card).toContainText(paraphrase)
      // Dave agreed to be quoted without his name: his words show under "What people said", and his name does not.
      await expect(card.getByText(words)).toBeVisible()
      await expect(card).not.toContainText('Dave')
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
      const credits = page
        .locator('cp-updates')
        .getByRole('article')
        .filter({ hasText: 'Letters from the council' })
        .locator('[part="credits"]')
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
