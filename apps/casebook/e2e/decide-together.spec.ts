import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, screenshot, widgetsReady } from './support/casebook.js'

/**
 * Deciding together, on record: a caseworker asks the group with <cp-decisions>, two members suggest and choose
 * with <cp-decision>, the caseworker writes down what the group decided with <cp-decisions>, and the principles
 * report cites that decision as the record behind the aims.
 */
test.describe
  .serial('deciding together', () => {
    const question = `What should we change first this winter? (${Date.now()})`
    const warmSpace = 'A warm space that is open on Sundays'
    const initiative = '/initiatives/leeds-truth-commission'

    test('a caseworker asks the group a question through <cp-decisions>', async ({ page }) => {
      await loginAs(page, 'Sam Okafor')
      await page.goto(`${initiative}/decisions`)
      await widgetsReady(page)
      const decisions = page.locator('cp-decisions')
      await decisions.getByRole('button', { name: 'Ask the group to decide something' }).click()
      // Everything missing is said at once.
      await decisions.getByRole('button', { name: 'Ask the group', exact: true }).click()
      await expect(decisions.getByRole('alert').getByRole('link')).toHaveText([/Choose what the question is about/, /Write the question/])
      await decisions.getByRole('radio', { name: 'What the group wants to change (the aims)' }).check()
      await decisions.getByRole('textbox', { name: 'The question' }).fill(question)
      await decisions.getByRole('button', { name: 'Ask the group', exact: true }).click()
      await expect(decisions.getByRole('status')).toContainText('Question sent to the group')
      await expect(decisions.getByRole('heading', { name: question })).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('one member suggests a choice and chooses it', async ({ page }) => {
      await loginAs(page, 'Amira Hussain')
      await widgetsReady(page)
      const decision = page.locator('cp-decision').filter({ hasText: question })
      await decision.getByRole('textbox', { name: /Suggest another choice/ }).fill(warmSpace)
      await decision.getByRole('button', { name: 'Add my choice' }).click()
      await decision.getByRole('radio', { name: new RegExp(warmSpace) }).check()
      await decision.getByRole('textbox', { name: /Why\?/ }).fill('Sunday is the longest, coldest day.')
      await decision.getByRole('button', { name: 'Share my view' }).click()
      await expect(decision).toContainText(`Your view: ${warmSpace}`)
      await expectNoAxeViolations(page)
    })

    test('a second member chooses it too', async ({ page }) => {
      await loginAs(page, 'Dave Price')
      await widgetsReady(page)
      const decision = page.locator('cp-decision').filter({ hasText: question })
      await decision.getByRole('radio', { name: new RegExp(warmSpace) }).check()
      await decision.getByRole('button', { name: 'Share my view' }).click()
      await expect(decision).toContainText(`Your view: ${warmSpace}`)
    })

    test('the caseworker writes down what the group decided, and it becomes the aims', async ({ page }) => {
      await loginAs(page, 'Sam Okafor')
      await page.goto(`${initiative}/decisions`)
      await widgetsReady(page)
      const decisions = page.locator('cp-decisions')
      const card = decisions.getByRole('listitem').filter({ has: page.getByRole('heading', { name: question }) })
      await card.getByRole('button', { name: /^Write down what was decided/ }).click()
      // The two members who took part are ticked to start with.
      await expect(card.getByRole('checkbox', { name: 'Amira Hussain' })).toBeChecked()
      await expect(card.getByRole('checkbox', { name: 'Dave Price' })).toBeChecked()
      // Every problem at once.
      await card.getByRole('checkbox', { name: 'Amira Hussain' }).uncheck()
      await card.getByRole('checkbox', { name: 'Dave Price' }).uncheck()
      await card.getByRole('button', { name: 'Save what was decided' }).click()
      await expect(decisions.getByRole('alert').getByRole('link')).toHaveText([
        /Write what was decided/,
        /Choose how it was decided/,
        /Tick who decided/,
      ])
      await card.getByRole('checkbox', { name: 'Amira Hussain' }).check()
      await card.getByRole('checkbox', { name: 'Dave Price' }).check()
      await card.getByRole('textbox', { name: 'What was decided' }).fill(`${warmSpace}, from December.`)
      await card.getByRole('radio', { name: /^Everyone agreed/ }).check()
      await expect(card.getByRole('checkbox', { name: 'Make this the group’s aims' })).toBeChecked()
      await card.getByRole('button', { name: 'Save what was decided' }).click()
      await expect(decisions.getByRole('status')).toContainText('Decision saved')
      await expect(card).toContainText('This is the record behind the aims.')
      await expect(card).toContainText(`by everyone agreed (Amira Hussain, Dave Price): ${warmSpace}, from December.`)
      await screenshot(page, 'decision-recorded')

      // The principles report reads the record, and says which decision it read.
      const report = await page.request.get(`/api/coproduce${initiative}/report`)
      expect(report.status()).toBe(200)
      const finding = (
        (await report.json()) as { findings: { ruleId: string; outcome: string; basis?: string; places?: string[] }[] }
      ).findings.find((f) => f.ruleId === 'aims-agreed-together')
      expect(finding).toMatchObject({ outcome: 'pass', basis: 'record' })
      expect(finding?.places?.join(' ')).toContain(question)
    })

    test('the members see what was decided, how and by whom', async ({ page }) => {
      await loginAs(page, 'Dave Price')
      await widgetsReady(page)
      const decision = page.locator('cp-decision').filter({ hasText: question })
      await expect(decision).toContainText('This has been decided.')
      await expect(decision).toContainText(`${warmSpace}, from December.`)
      await expect(decision).toContainText('Everyone agreed')
      await expectNoAxeViolations(page)
      await screenshot(page, 'decision-seen-by-member')
    })
  })
