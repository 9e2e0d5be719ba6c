import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

/**
 * The members page is a layout and `<cp-members>`: a caseworker adds someone (every problem at once, a case that
 * does not exist among them), corrects their details, and writes down that they left after being told plainly what
 * that means. Against the running Casebook and its API.
 */
/** A button's name: its words, then (for screen readers) whose it is. */
const named = (words: string, name: string) => new RegExp(`^${words}\\s*: ${name}$`)

test('a caseworker adds a member, corrects their details and records that they left, through <cp-members>', async ({ page }) => {
  const name = `Nia Evans ${Date.now()}`
  await loginAs(page, 'Sam Okafor')
  await page.goto('/initiatives/leeds-truth-commission/members')
  await widgetsReady(page)
  const members = page.locator('cp-members')
  await expect(members.getByRole('heading', { name: 'Amira Hussain' })).toBeVisible()

  // Every problem in one round, not one after another.
  await members.getByRole('textbox', { name: 'Case reference (optional)' }).fill('CB-9999')
  await members.getByRole('button', { name: 'Add member' }).click()
  const summary = members.getByRole('alert')
  for (const words of ['Enter the name they want to be called', 'Choose at least one way they take part', 'There is no case CB-9999'])
    await expect(summary).toContainText(words)
  await expectNoAxeViolations(page)
  await screenshot(page, 'members-errors')

  await members.getByRole('textbox', { name: 'Name' }).fill(name)
  await members.getByRole('checkbox', { name: 'Lived experience' }).check()
  await members.getByRole('textbox', { name: 'Case reference (optional)' }).fill('cb-1063')
  await members.getByRole('button', { name: 'Add member' }).click()
  await expect(members).toContainText(`${name} was added.`)
  const card = members.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) })
  await expect(card.getByRole('link', { name: 'CB-1063' })).toHaveAttribute('href', '/cases/CB-1063')

  // Change: the form is filled with what is stored, and again every problem shows at once.
  await card.getByRole('button', { name: named('Change details', name) }).click()
  await expect(members.getByRole('heading', { name: `Change ${name}’s details` })).toBeVisible()
  await expect(members.getByRole('textbox', { name: 'Case reference (optional)' })).toHaveValue('CB-1063')
  await members.getByRole('textbox', { name: 'Name' }).fill('')
  await members.getByRole('checkbox', { name: 'Lived experience' }).uncheck()
  await members.getByRole('button', { name: 'Save changes' }).click()
  for (const words of ['Enter the name they want to be called', 'Choose at least one way they take part'])
    await expect(summary).toContainText(words)

  const changed = `${name} E`
  await members.getByRole('textbox', { name: 'Name' }).fill(changed)
  await members.getByRole('checkbox', { name: 'Lived experience' }).check()
  await members.getByRole('textbox', { name: 'Case reference (optional)' }).fill('')
  await members.getByRole('textbox', { name: 'What helps them take part? (optional)' }).fill('Large print, hearing loop')
  await members.getByRole('button', { name: 'Save changes' }).click()
  await expect(members).toContainText(`Details saved for ${changed}.`)
  const changedCard = members.getByRole('listitem').filter({ has: page.getByRole('heading', { name: changed }) })
  await expect(changedCard).toContainText('What helps them take part: Large print, hearing loop')
  await expect(changedCard.getByRole('link', { name: /CB-/ })).toHaveCount(0)

  // Leaving: said plainly first; "No" changes nothing.
  await changedCard.getByRole('button', { name: named('Has left the group', changed) }).click()
  const check = members.getByRole('group', { name: `Has ${changed} left the group?` })
  await expect(check).toContainText('What they told us and the thanks they got stay as they are.')
  await expectNoAxeViolations(page)
  await screenshot(page, 'members-leave-check')
  await check.getByRole('button', { name: 'No, go back' }).click()
  await expect(check).toHaveCount(0)
  await changedCard.getByRole('button', { name: named('Has left the group', changed) }).click()
  await members.getByRole('button', { name: `Yes, ${changed} has left` }).click()
  await expect(members).toContainText(`${changed} has left the group.`)

  // It is stored: a fresh page shows it.
  await page.reload()
  await widgetsReady(page)
  const stored = page
    .locator('cp-members')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: changed }) })
  await expect(stored).toContainText('Has left the group')
  await expect(stored.getByRole('button', { name: /Has left the group/ })).toHaveCount(0)
})
