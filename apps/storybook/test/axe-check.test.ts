import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from './axe-check.js'
import { launchChromium } from './chromium.js'

// The story check is only worth having if it can fail: prove it on pages with known violations.
describe('the accessibility check used on every story', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser.close()
  })

  it('finds a button with no name inside an open shadow root', async () => {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><div id="root"></div></main>
      <script>
        const host = document.getElementById('root');
        host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
      </script></body></html>`)
    const violations = await axeViolations(page, '#root')
    expect(violations.map((v) => v.id)).toContain('button-name')
    await page.close()
  })

  it('finds text with too little contrast', async () => {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>
      <p style="color:#bbb;background:#fff">Hard to read</p></main></body></html>`)
    expect((await axeViolations(page)).map((v) => v.id)).toContain('color-contrast')
    await page.close()
  })

  it('passes a clean page', async () => {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>
      <h1>Fine</h1><button type="button">Send</button></main></body></html>`)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
