import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url))

/** Chooses a demo identity on the login picker, as a person would. */
export async function loginAs(
  page: Page,
  name: 'Sam Okafor' | 'Kemi Adeyemi' | 'Amira Hussain' | 'Dave Price' | 'Priya Shah' | 'A visitor',
  baseURL = '',
): Promise<void> {
  await page.goto(`${baseURL}/login`)
  await page.getByRole('radio', { name }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForLoadState('networkidle')
}

/** Waits until every Coproduce widget on the page is defined and has rendered. */
export async function widgetsReady(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  const waiting = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('cp-'))
        .filter((el) => !customElements.get(el.localName) || !el.shadowRoot || el.shadowRoot.childElementCount === 0)
        .map((el) => el.localName),
    )
  await expect
    .poll(waiting, { message: 'every widget is defined and has rendered (is /static/elements/index.js built?)', timeout: 30_000 })
    .toEqual([])
}

/** axe-core with the WCAG 2.2 AA rules: no violations allowed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  )
  expect(summary, `axe found problems on ${page.url()}`).toEqual([])
}

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true })
}
