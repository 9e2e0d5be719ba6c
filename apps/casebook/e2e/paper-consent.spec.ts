import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, widgetsReady } from './support/casebook.js'

/** A member without a device gives their answer by phone; the caseworker writes it down with the words read out. */
test('a caseworker writes down a yes given by phone, and the record says so', async ({ page }) => {
  await loginAs(page, 'Sam Okafor')
  await page.goto('/initiatives/leeds-truth-commission/members')
  await page.getByRole('link', { name: /^Write down a choice given on paper or by phone\s*: Dave Price$/ }).click()
  await widgetsReady(page)
  const consent = page.locator('cp-consent')
  await expect(consent.getByRole('heading', { name: 'Write down a choice given on paper or by phone' })).toBeVisible()
  await expectNoAxeViolations(page)
  await consent.getByRole('radio', { name: 'By phone or face to face' }).check()

  const records = await page.request.get('/api/coproduce/members/member-0002/consents')
  expect(records.status()).toBe(200)
  const before = ((await records.json()) as { history: unknown[] }).history.length
  await consent.getByRole('group', { name: 'Can we tell you what happened next?' }).getByRole('button', { name: 'Yes, I agree' }).click()
  await expect
    .poll(
      async () =>
        ((await (await page.request.get('/api/coproduce/members/member-0002/consents')).json()) as { history: unknown[] }).history.length,
    )
    .toBe(before + 1)
  const after = (await (await page.request.get('/api/coproduce/members/member-0002/consents')).json()) as {
    history: { method: string; recordedBy: string; purposeId: string }[]
  }
  expect(after.history.at(-1)).toMatchObject({ method: 'verbal', recordedBy: 'staff-0001', purposeId: 'contact-with-updates' })
})
