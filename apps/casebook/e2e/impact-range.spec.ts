import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from './support/casebook.js'

/** A commissioner looks at one stretch of time and takes the numbers away for a board paper. */
test('impact for chosen days, and the same numbers as a CSV download', async ({ page }) => {
  await page.goto('/impact')
  const everything = await page.getByText(/of feedback got a “you said, we did” answer \((\d+) of (\d+)\)/).textContent()
  // The demo's feedback is dated from the day it was seeded: take its first month from the table.
  const firstMonth = (await page.locator('#impact-table tbody th').first().textContent())!.trim() // "July 2026"
  const start = new Date(`1 ${firstMonth} 12:00 UTC`)
  const month = start.toISOString().slice(0, 7)
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate()
  await page.getByLabel('First day').fill(`${month}-01`)
  await page.getByLabel('Last day').fill(`${month}-${lastDay}`)
  await page.getByRole('button', { name: 'Show these days' }).click()
  await expect(page).toHaveURL(new RegExp(`\\?from=${month}-01&to=${month}-${lastDay}$`))
  const some = page.getByText(
    new RegExp(`of feedback given from 1 ${firstMonth} to ${lastDay} ${firstMonth} got a “you said, we did” answer \\(\\d+ of \\d+\\)`),
  )
  await expect(some).toBeVisible()
  expect(await some.textContent()).not.toBe(everything)
  await expect(page.locator('#impact-table tbody th')).toHaveText([firstMonth])
  await expect(page.getByLabel('First day')).toHaveValue(`${month}-01`)
  await expectNoAxeViolations(page)
  await screenshot(page, 'impact-range')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download these numbers as a spreadsheet (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`impact-leeds-truth-commission-${month}-01-${month}-${lastDay}.csv`)
  const csv = await readFile((await download.path())!, 'utf8')
  const lines = csv.trimEnd().split('\r\n')
  expect(lines[0]).toBe('Month,Feedback given,With an answer,Share answered (%)')
  expect(lines.slice(1, -1)).toHaveLength(1)
  expect(lines[1]).toMatch(new RegExp(`^${month},\\d+,\\d+,\\d+$`))
  expect(lines.at(-1)).toMatch(/^Total,\d+,\d+,\d+$/)
})
