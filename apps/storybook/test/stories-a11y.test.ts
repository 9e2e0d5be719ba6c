import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { builtinRules } from '@coproduce/principles'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, describeViolations } from './axe-check.js'
import { launchChromium } from './chromium.js'
import { serveFolder } from './static-server.js'
import { openPreview, showStory, widgetsRendered } from './storybook-page.js'

const app = fileURLToPath(new URL('..', import.meta.url))
const staticDir = join(app, 'storybook-static')
const screenshots = join(app, 'test-results', 'screenshots')

interface IndexEntry {
  id: string
  title: string
  name: string
  type: 'story' | 'docs'
  tags?: string[]
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> }
const entries = Object.values(index.entries)
const stories = entries.filter((e) => e.type === 'story')
const docs = entries.filter((e) => e.type === 'docs')

let browser: Browser
let base: string
let close: () => Promise<void>

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  ;({ url: base, close } = await serveFolder(staticDir))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe('the catalogue', () => {
  it('has every widget', () => {
    const titles = new Set(stories.map((s) => s.title))
    for (const widget of [
      'Widgets/Feedback',
      'Widgets/Consent',
      'Widgets/Updates',
      'Widgets/Principles report',
      'Widgets/Decision',
      'Widgets/Agreement',
      'Widgets/My involvement',
    ])
      expect(titles, widget).toContain(widget)
  })

  it('shows each widget in every state', () => {
    for (const widget of [
      'Widgets/Feedback',
      'Widgets/Consent',
      'Widgets/Updates',
      'Widgets/Decision',
      'Widgets/Agreement',
      'Widgets/My involvement',
    ]) {
      const names = stories.filter((s) => s.title === widget).map((s) => s.name)
      for (const state of ['Empty', 'Loading', 'Error', 'Offline', 'Success', 'Welsh', 'Urdu right to left', 'Forced colours'])
        expect(names, `${widget}: ${state}`).toContain(state)
    }
  })

  it('has the Principles and Writing pages', () => {
    const titles = docs.map((d) => d.title)
    expect(titles).toContain('Principles/Rule catalogue')
    expect(titles).toContain('Writing/Plain language')
  })
})

describe('the docs pages', () => {
  it("lists every built-in principles rule, from the rules' own metadata, with no accessibility violations", async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/iframe.html?id=principles-rule-catalogue--docs&viewMode=docs`)
    await page.getByRole('heading', { name: 'The principles rules' }).waitFor()
    const text = (await page.locator('#storybook-docs').textContent()) ?? ''
    expect(builtinRules.length).toBeGreaterThan(0)
    for (const rule of builtinRules) expect(text, rule.meta.id).toContain(rule.meta.id)
    const violations = await axeViolations(page, '#storybook-docs .sbdocs-content')
    await page.screenshot({ path: join(screenshots, 'principles-rule-catalogue.png'), fullPage: true })
    await page.close()
    expect(violations, describeViolations(violations)).toEqual([])
  })

  it('has the plain language page', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/iframe.html?id=writing-plain-language--docs&viewMode=docs`)
    await page.getByRole('heading', { name: 'Writing for people' }).waitFor()
    expect(await page.locator('#storybook-docs').textContent()).toContain('hard to reach')
    const violations = await axeViolations(page, '#storybook-docs .sbdocs-content')
    await page.close()
    expect(violations, describeViolations(violations)).toEqual([])
  })
})

describe('every story', () => {
  let page: Page
  const pageErrors: string[] = []

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 480, height: 800 } })
    page.on('pageerror', (e) => pageErrors.push(e.message))
    await openPreview(page, base)
  })

  afterAll(async () => {
    await page?.close()
  })

  it.each(stories.map((s) => [s.id, s] as const))('%s renders and has no WCAG 2.2 AA violations', async (id, story) => {
    pageErrors.length = 0
    await page.emulateMedia({ forcedColors: /forced colours/i.test(story.name) ? 'active' : 'none' })
    const shown = await showStory(page, id)
    expect(shown, `${id} did not render`).toEqual({ event: 'storyRendered', detail: id })
    const rendered = await widgetsRendered(page)
    if (!rendered) {
      const root = await page.evaluate(`document.querySelector('#storybook-root')?.innerHTML ?? '(no #storybook-root)'`)
      expect.fail(`The widget did not render within 15 s. Root: ${String(root).slice(0, 500)}`)
    }
    if (/urdu/i.test(story.name)) {
      // The widget itself says it is right to left, inside its shadow root.
      const dir = await page.evaluate(
        `[...document.querySelectorAll('#storybook-root *')].find((e) => e.shadowRoot)?.shadowRoot.querySelector('[dir]')?.getAttribute('dir')`,
      )
      expect(dir).toBe('rtl')
    }
    const violations = await axeViolations(page, '#storybook-root')
    await page.screenshot({ path: join(screenshots, `${id}.png`), fullPage: true })
    expect(pageErrors).toEqual([])
    expect(violations, describeViolations(violations)).toEqual([])
  })
})
