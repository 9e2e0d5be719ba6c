import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

const updates = '/initiatives/leeds-truth-commission/updates'

/**
 * Staff write an update with `<cp-update-editor>`, then change where it stands with a note; the updates page shows
 * the note in the update's history (casebook's old form stored notes and never showed them).
 */
test('an update is written, then changed with a note that shows in its history', async ({ page }) => {
  const youSaid = `The letters are too long (${Date.now()}).`
  await loginAs(page, 'Sam Okafor')
  await page.goto(`${updates}/new`)
  await widgetsReady(page)
  const editor = page.locator('cp-update-editor')
  await editor.getByRole('textbox', { name: 'You said', exact: true }).fill(youSaid)
  await editor.getByRole('textbox', { name: 'We did', exact: true }).fill('We are writing shorter letters with the group.')
  await editor.getByRole('radio', { name: 'Planned' }).check()
  // Plain words: the language check finds nothing to flag, so one press publishes.
  await editor.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(editor).toContainText('Published. People can see it now.')

  await page.goto(updates)
  const card = page.getByRole('article').filter({ hasText: youSaid })
  await expect(card).toContainText('Planned')
  await card.getByRole('link', { name: /Change this update/ }).click()
  await widgetsReady(page)
  const change = page.locator('cp-update-editor')
  await expect(change.getByRole('textbox', { name: 'You said', exact: true })).toHaveValue(youSaid)
  await change.getByRole('radio', { name: 'Under way' }).check()
  await change.getByLabel('What changed (shown in the update’s history)').fill('The first three letters are done.')
  await change.getByRole('button', { name: 'Save changes' }).click()
  await expect(change).toContainText('Saved.')

  await page.getByRole('link', { name: 'All updates' }).click()
  const changed = page.getByRole('article').filter({ hasText: youSaid })
  await expect(changed).toContainText('In progress')
  await changed.getByText('What happened so far').click()
  await expect(changed.getByRole('listitem').last()).toContainText('In progress — The first three letters are done.')
  await expectNoAxeViolations(page)
  await screenshot(page, 'initiative-updates-history')
})

/**
 * An update published with a mistake in it is taken down from its change page: members no longer see it in
 * `<cp-updates>`, and the staff list keeps it, marked "Taken down" with when and why.
 */
test('an update taken down leaves the members’ page; staff still see when and why', async ({ page }) => {
  const weDid = `We bought a kettle for the wrong building (${Date.now()}).`
  await loginAs(page, 'Sam Okafor')
  await page.goto(`${updates}/new`)
  await widgetsReady(page)
  const editor = page.locator('cp-update-editor')
  await editor.getByRole('textbox', { name: 'You said', exact: true }).fill('Tea after the meeting would help.')
  await editor.getByRole('textbox', { name: 'We did', exact: true }).fill(weDid)
  await editor.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(editor).toContainText('Published. People can see it now.')

  await loginAs(page, 'Dave Price')
  await widgetsReady(page)
  await expect(page.locator('cp-updates').getByRole('article').filter({ hasText: weDid })).toBeVisible()

  await loginAs(page, 'Sam Okafor')
  await page.goto(updates)
  await page
    .getByRole('article')
    .filter({ hasText: weDid })
    .getByRole('link', { name: /Change this update/ })
    .click()
  await widgetsReady(page)
  const change = page.locator('cp-update-editor')
  await change.getByRole('button', { name: 'Take it down' }).click()
  await expect(change.getByRole('link', { name: 'Say why you are taking it down' })).toBeVisible()
  await change.getByRole('textbox', { name: 'Why are you taking it down?' }).fill('It named the wrong building.')
  await change.getByRole('button', { name: 'Take it down' }).click()
  await expect(change).toContainText('Taken down. People can no longer see it.')
  await expect(change.getByRole('heading', { name: 'This update was taken down' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'All updates' }).click()
  const card = page.getByRole('article').filter({ hasText: weDid })
  await expect(card).toContainText('Taken down')
  await expect(card).toContainText('Why: It named the wrong building.')

  await loginAs(page, 'Dave Price')
  await widgetsReady(page)
  const shown = page.locator('cp-updates')
  await expect(shown.getByRole('heading', { name: 'You said, we did' })).toBeVisible()
  await expect(shown).not.toContainText(weDid)
})
