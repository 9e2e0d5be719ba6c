import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

const initiative = '/initiatives/leeds-truth-commission'

test.describe('Casebook in Welsh', () => {
  test('a caseworker switches to Welsh, every page after stays Welsh, the widgets follow, and back to English', async ({ page }) => {
    await loginAs(page, 'Sam Okafor')
    await page.goto('/caseload')
    await page.getByRole('link', { name: 'Cymraeg' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expect(page.getByRole('heading', { level: 1, name: 'Eich llwyth achosion' })).toBeVisible()
    await expectNoAxeViolations(page)

    // The choice is kept: the next pages, reached by their links, are Welsh too.
    await page.getByRole('navigation', { name: 'Prif' }).getByRole('link', { name: 'Comisiwn Gwirionedd' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Trosolwg' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Rhannau’r gwaith hwn' }).getByRole('link', { name: 'Sesiynau' }).click()
    await widgetsReady(page)
    // <cp-sessions> takes the page's language from <html lang>, and asks the server in Welsh.
    const sessions = page.locator('cp-sessions')
    await expect(sessions.getByRole('heading', { name: 'Sesiynau' })).toBeVisible()
    await expect(
      sessions.getByRole('button', { name: 'Cynllunio sesiwn' }).or(sessions.getByText('Cynllunio sesiwn')).first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await screenshot(page, 'welsh-sessions')

    await page.getByRole('link', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveURL(new RegExp(`${initiative}/sessions\\?lang=en$`))
    await widgetsReady(page)
    await expect(page.locator('cp-sessions').getByRole('heading', { name: 'Sessions' })).toBeVisible()
  })

  test('a browser that asks for Welsh gets the participant page in Welsh, with the widgets in Welsh', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'cy-GB', ...(baseURL ? { baseURL } : {}) })
    const page = await context.newPage()
    try {
      await page.goto('/login')
      await expect(page.getByRole('heading', { level: 1, name: 'Dewiswch pwy ydych chi' })).toBeVisible()
      await page.getByRole('radio', { name: 'Amira Hussain' }).check()
      await page.getByRole('button', { name: 'Parhau' }).click()
      await widgetsReady(page)
      await expect(page.getByRole('heading', { level: 1, name: 'Helo, Amira' })).toBeVisible()
      await expect(page.locator('cp-feedback').getByRole('button', { name: 'Anfon' })).toBeVisible()
      await expectNoAxeViolations(page)
      await screenshot(page, 'welsh-take-part')
    } finally {
      await context.close()
    }
  })
})
