import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWidgets } from './build-widgets.js'
import { launchChromium } from './chromium.js'
import { INITIATIVE_ID, startDemo } from './server.js'

const STAFF = { actor: { id: 'staff-1', roles: ['staff'] } }

let demo: Awaited<ReturnType<typeof startDemo>>
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  await buildWidgets()
  demo = await startDemo()
  browser = await launchChromium()
  page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(`${demo.url}/`)
})

afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

describe('the plain HTML page with the built widgets', () => {
  it('registers both widgets and renders them into their shadow roots', async () => {
    await page.locator('cp-feedback form').waitFor()
    expect(await page.evaluate(() => ['cp-feedback', 'cp-updates'].map((tag) => !!customElements.get(tag)))).toEqual([true, true])
    await expect(page.locator('cp-feedback h2').first().textContent()).resolves.toMatch(/\S/)
  })

  it('shows the "you said, we did" update from the server', async () => {
    await page.locator('cp-updates').getByText('We now open at 10am on weekdays, not 9am.'.slice(0, 20)).first().waitFor()
    expect(await page.locator('cp-updates').textContent()).toBeDefined()
    await expect(page.locator('cp-updates').getByText('Mornings are hard when you have children').first().isVisible()).resolves.toBe(true)
  })

  it('sends feedback to the server and says thank you', async () => {
    const submitted = page.evaluate(
      () =>
        new Promise<{ id: string; rating?: string }>((resolve) =>
          document.addEventListener('cp-submit', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    )
    await page.locator('cp-feedback input[name="rating"][value="very-good"]').check()
    await page.locator('cp-feedback textarea').first().fill('Later opening helps me a lot.')
    await page.locator('cp-feedback button[type="submit"]').click()
    const detail = await submitted
    expect(detail.rating).toBe('very-good')

    await page.locator('cp-feedback [role="status"]').waitFor()
    const stored = await demo.coproduction.feedback.list(INITIATIVE_ID, STAFF)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ id: detail.id, rating: 'very-good', initiativeId: INITIATIVE_ID })
  })

  it('answers an address it cannot read with 400, and keeps serving', async () => {
    expect((await fetch(`${demo.url}/%E0%A4%A`)).status).toBe(400)
    expect((await fetch(`${demo.url}/`)).status).toBe(200)
  })

  it('serves only the files of the page: nothing above its folder, no hidden files, 404 for what is not there', async () => {
    const { request } = await import('node:http')
    const raw = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        request(`${demo.url}${path}`, (res) => {
          let body = ''
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        })
          .on('error', reject)
          .end()
      })
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/.env', '/no-such-page.html']) {
      const res = await raw(path)
      expect(res.status, path).toBe(404)
      expect(res.body, path).not.toContain('"devDependencies"')
    }
  })

  it('had no errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
