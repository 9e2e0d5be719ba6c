import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

/** The participant's page as a person uses it: find the part you want, sign out, see or remove your data. */
test.describe('the participant page', () => {
  test('a visitor can give feedback, and is not offered to leave out a name they never gave', async ({ page }) => {
    await loginAs(page, 'A visitor')
    await widgetsReady(page)
    const feedback = page.locator('cp-feedback')
    await expect(feedback.getByLabel('Tell us your story')).toBeVisible()
    await expect(feedback.getByRole('checkbox', { name: 'Send this without my name' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'See or remove what we keep about you' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a member on a phone reaches their choices in one tap, and offers a score, a story or an idea', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await loginAs(page, 'Amira Hussain')
    await widgetsReady(page)
    const feedback = page.locator('cp-feedback')
    await expect(feedback.getByRole('group', { name: /how was your experience/ })).toBeVisible()
    await expect(feedback.getByLabel('Tell us your story')).toBeVisible()
    await expect(feedback.getByLabel(/What would you like to tell us\?/)).toBeVisible()

    await page.getByRole('link', { name: 'Your choices about your words and your name', exact: true }).click()
    await expect(page).toHaveURL(/#your-choices$/)
    await expect(page.locator('#your-choices cp-consent')).toBeInViewport()
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth, 'nothing scrolls sideways at 320px').toBeLessThanOrEqual(320)
    await expectNoAxeViolations(page)
    await screenshot(page, 'take-part-320px-choices')
  })

  test('a member signs out from the top of any page', async ({ page }) => {
    await loginAs(page, 'Dave Price')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/login$/)
    await page.goto('/take-part')
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'say who you are' })).toBeVisible()
  })

  test('a member downloads their data as a file', async ({ page }) => {
    await loginAs(page, 'Amira Hussain')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()])
    expect(download.suggestedFilename()).toBe('my-data.json')
    const text = await (await download.createReadStream()).toArray()
    expect(JSON.parse(Buffer.concat(text).toString('utf8')).member.displayName).toBe('Amira Hussain')
  })

  test('a member removes their data after a clear question, and staff see them as removed', async ({ page }) => {
    await loginAs(page, 'Priya Shah')
    await page.getByRole('link', { name: 'Remove my data' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Do you want us to remove your data?' })).toBeVisible()
    await expect(page.getByText('You cannot undo this.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Yes, remove my data' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your data has been removed' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)

    await loginAs(page, 'Sam Okafor')
    await page.goto('/initiatives/leeds-truth-commission/members')
    await widgetsReady(page)
    await expect(page.locator('cp-members')).toContainText('Removed at their request on')
    await expect(page.locator('main')).not.toContainText('Priya Shah')
  })
})
