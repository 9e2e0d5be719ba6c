import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, loginAs, widgetsReady } from './support/casebook.js'

const commission = 'leeds-truth-commission'
const panel = 'riverside-repairs-panel'
const api = '/api/coproduce'

/**
 * Two organisations share one Casebook: the advice service (Sam) and Riverside Housing (Kemi). In a real browser
 * each caseworker works in their own group, and the other's group answers exactly as one that does not exist: on
 * Casebook's pages, through the API the widgets call, and in a widget pointed at it.
 */
test.describe('organisations are kept apart', () => {
  test('Kemi works in her own panel, and the Truth Commission is "not found" for her everywhere', async ({ page }) => {
    await loginAs(page, 'Kemi Adeyemi')
    await expect(page.getByRole('heading', { name: 'Residents’ repairs panel' }).first()).toBeVisible()
    for (const part of ['', '/members', '/sessions', '/payments', '/feedback', '/updates', '/updates/new', '/principles']) {
      const theirs = await page.goto(`/initiatives/${commission}${part}`)
      expect([part, theirs?.status()]).toEqual([part, 404])
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
      await expect(page.locator('main')).not.toContainText('Truth Commission')
    }
    await expectNoAxeViolations(page)

    // The API the widgets call, with her session: her own group answers; the other answers as one that does not exist.
    expect((await page.request.get(`${api}/initiatives/${panel}/feedback/inbox`)).status()).toBe(200)
    for (const path of ['', '/feedback/inbox', '/updates/all', '/sessions', '/payments', '/members']) {
      const theirs = await page.request.get(`${api}/initiatives/${commission}${path}`)
      const nothing = await page.request.get(`${api}/initiatives/no-such-group${path}`)
      expect([path, theirs.status()]).toEqual([path, 404])
      expect(await theirs.json()).toEqual(await nothing.json())
    }
  })

  test('a staff widget on Kemi’s page pointed at the other group loads nothing of it', async ({ page }) => {
    await loginAs(page, 'Kemi Adeyemi')
    await page.goto(`/initiatives/${panel}/feedback`)
    await widgetsReady(page)
    const inbox = page.locator('cp-feedback-inbox')
    await expect(inbox.getByRole('heading').first()).toBeVisible()
    await expect(inbox.getByRole('alert')).toHaveCount(0)
    await inbox.evaluate((el, other) => el.setAttribute('initiative', other), commission)
    await expect(inbox.getByRole('alert')).toContainText('Sorry')
    await expect(inbox).not.toContainText('Truth Commission')
    const said = await page.request.get(`${api}/initiatives/${commission}/feedback/inbox`)
    expect(said.status()).toBe(404)
  })

  test('Sam cannot open Riverside’s panel', async ({ page }) => {
    await loginAs(page, 'Sam Okafor')
    for (const part of ['', '/feedback', '/updates']) {
      const theirs = await page.goto(`/initiatives/${panel}${part}`)
      expect([part, theirs?.status()]).toEqual([part, 404])
    }
    expect((await page.request.get(`${api}/initiatives/${commission}/updates/all`)).status()).toBe(200)
    expect((await page.request.get(`${api}/initiatives/${panel}/updates/all`)).status()).toBe(404)
    await page.goto(`/initiatives/${commission}`)
    await expect(page.locator('main')).not.toContainText('repairs panel')
  })
})
