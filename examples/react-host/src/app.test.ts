import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INITIATIVE_ID, startDemo } from './demo-server.js'
import { chromiumLaunchOptions } from '../../../test-support/chromium-launch.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = fileURLToPath(new URL('../dist', import.meta.url))
const STAFF = { actor: { id: 'staff-1', roles: ['staff'] } }

let demo: Awaited<ReturnType<typeof startDemo>>
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  // The real production build, as a host would ship it.
  await build({ root, logLevel: 'error', configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) })
  demo = await startDemo(dist)
  browser = await chromium.launch(chromiumLaunchOptions)
  page = await browser.newPage()
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.goto(`${demo.url}/`)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

describe('the React page built with Vite', () => {
  it('renders the host page and the wrapped widgets', async () => {
    await page.getByRole('heading', { name: 'Drop-in hours' }).waitFor()
    await page.locator('cp-feedback form').waitFor()
    expect(await page.evaluate('["cp-feedback", "cp-updates"].map((t) => !!customElements.get(t))')).toEqual([true, true])
  })

  it('passes React props through to the element (the updates come from the server)', async () => {
    await page.locator('cp-updates').getByText('We now send a text reminder').first().waitFor()
  })

  it('calls the typed onCpSubmit prop when feedback is stored, and React shows its own thank-you', async () => {
    await page.locator('cp-feedback input[name="rating"][value="good"]').check()
    await page.locator('cp-feedback textarea').first().fill('A reminder the day before really helps.')
    await page.locator('cp-feedback button[type="submit"]').click()
    const status = page.getByTestId('host-status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Thank you\. We got your feedback \(.+\)\.$/)

    const stored = await demo.coproduction.feedback.list(INITIATIVE_ID, STAFF)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ rating: 'good', text: 'A reminder the day before really helps.' })
    expect(await status.textContent()).toContain(stored[0]!.id)
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
