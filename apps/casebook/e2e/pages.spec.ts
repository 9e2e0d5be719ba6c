import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

const initiative = '/initiatives/leeds-truth-commission'

test.describe('every page passes axe (WCAG 2.2 AA) and is saved as a screenshot', () => {
  test('login picker, also with an error', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose who you are' })).toBeVisible()
    await expectNoAxeViolations(page)
    await screenshot(page, 'login')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('alert')).toContainText('Choose who you want to be')
    await expect(page).toHaveTitle(/^Error: /)
    await expectNoAxeViolations(page)
    await screenshot(page, 'login-error')
  })

  const staffPages: [string, string, string][] = [
    ['/caseload', 'caseload', 'Your caseload'],
    ['/cases/CB-1042', 'case', 'Amira Hussain'],
    [initiative, 'initiative-overview', 'Overview'],
    [`${initiative}/members`, 'initiative-members', 'Members'],
    [`${initiative}/sessions`, 'initiative-sessions', 'Sessions'],
    [`${initiative}/payments`, 'initiative-payments', 'Payments'],
    [`${initiative}/feedback`, 'initiative-feedback', 'Feedback inbox'],
    [`${initiative}/updates`, 'initiative-updates', 'You said, we did'],
    [`${initiative}/decisions`, 'initiative-decisions', 'Decisions'],
    [`${initiative}/principles`, 'initiative-principles', 'Principles report'],
    ['/impact', 'impact', 'Did people hear back?'],
  ]
  for (const [path, name, heading] of staffPages) {
    test(`the caseworker’s page ${path}`, async ({ page }) => {
      await loginAs(page, 'Sam Okafor')
      await page.goto(path)
      await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible()
      await widgetsReady(page)
      await expectNoAxeViolations(page)
      await screenshot(page, name)
    })
  }

  test('every problem at once in <cp-update-editor>, on the page for a new update', async ({ page }) => {
    await loginAs(page, 'Sam Okafor')
    await page.goto(`${initiative}/updates`)
    await page.getByRole('link', { name: 'Write a new update' }).click()
    await widgetsReady(page)
    const editor = page.locator('cp-update-editor')
    await editor.getByRole('radio', { name: 'Not possible' }).check()
    await editor.getByRole('button', { name: 'Publish' }).click()
    const summary = editor.getByRole('alert')
    await expect(summary).toContainText('Write what people told us')
    await expect(summary).toContainText('Write what we did')
    await expect(summary).toContainText('Say why this is not possible')
    await editor.getByRole('textbox', { name: 'You said', exact: true }).fill('Open the warm space on Sundays')
    await summary.getByRole('link', { name: 'Say why this is not possible' }).click()
    await expect(editor.getByLabel('Why it is not possible')).toBeFocused()
    await expectNoAxeViolations(page)
    await screenshot(page, 'initiative-updates-errors')
  })

  test('the participant page, for a member and for a visitor', async ({ page }) => {
    await loginAs(page, 'Amira Hussain')
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Amira' })).toBeVisible()
    await widgetsReady(page)
    await expectNoAxeViolations(page)
    await screenshot(page, 'take-part-member')

    await loginAs(page, 'A visitor')
    await expect(page.getByRole('heading', { level: 1, name: 'Take part' })).toBeVisible()
    await widgetsReady(page)
    await expectNoAxeViolations(page)
    await screenshot(page, 'take-part-visitor')
  })

  test('a phone-sized screen, 320 pixels wide', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await loginAs(page, 'Sam Okafor')
    for (const [path, name] of [
      ['/caseload', 'caseload-320'],
      [`${initiative}/feedback`, 'initiative-feedback-320'],
      [`${initiative}/payments`, 'initiative-payments-320'],
      ['/impact', 'impact-320'],
    ]) {
      await page.goto(path!)
      // Nothing sideways: the page fits the screen, and no table or box scrolls inside it either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
          .map((el) => el.id || el.className || el.localName),
      )
      expect(wide, `boxes that scroll sideways on ${path}`).toEqual([])
      await expectNoAxeViolations(page)
      await screenshot(page, name!)
    }
  })
})
