import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot } from './support/casebook.js'

/** A caseworker adds someone, corrects their details (all errors at once), and writes down that they left. */
test('a caseworker corrects a member’s details and records that they left', async ({ page }) => {
  await loginAs(page, 'Sam Okafor')
  await page.goto('/initiatives/leeds-truth-commission/members')
  await page.getByRole('textbox', { name: 'Name' }).fill('Nia Evans')
  await page.getByRole('checkbox', { name: 'Lived experience' }).check()
  await page.getByRole('button', { name: 'Add member' }).click()
  await expect(page.getByText('Member added.')).toBeVisible()

  await page.getByRole('link', { name: /^Change\s+Nia Evans’s details$/ }).click()
  await expect(page.getByRole('heading', { name: 'Change Nia Evans’s details' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Name' }).fill('')
  await page.getByRole('checkbox', { name: 'Lived experience' }).uncheck()
  await page.getByRole('textbox', { name: 'Case reference (optional)' }).fill('CB-9999')
  await page.getByRole('button', { name: 'Save changes' }).click()
  const summary = page.getByRole('alert')
  // Every problem in one round, not one after another.
  for (const words of ['Enter the name they want to be called', 'Choose at least one way they take part', 'There is no case CB-9999'])
    await expect(summary).toContainText(words)
  await expectNoAxeViolations(page)
  await screenshot(page, 'member-details-errors')

  await page.getByRole('textbox', { name: 'Name' }).fill('Nia E')
  await page.getByRole('checkbox', { name: 'Lived experience' }).check()
  await page.getByRole('textbox', { name: 'Case reference (optional)' }).fill('')
  await page.getByRole('textbox', { name: 'What helps them take part? (optional)' }).fill('Large print, hearing loop')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Details saved.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Nia E\b/ })).toBeVisible()

  await page.getByRole('link', { name: /^Change\s+Nia E’s details$/ }).click()
  await expect(page.getByRole('textbox', { name: 'What helps them take part? (optional)' })).toHaveValue('Large print, hearing loop')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Nia E has left' }).click()
  await expect(page.getByText('Marked as having left the group.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Nia E \(has left\)/ })).toBeVisible()
})
