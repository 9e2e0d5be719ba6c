import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** The WCAG 2.2 AA rule set: what the catalogue promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface Violation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Run axe-core on `selector` in the page (open shadow roots included) and return the violations.
 * In Storybook, the a11y addon has its own axe on `window.axe` and runs it after each story; axe runs one
 * check at a time, so wait and try again while the addon's run is still going.
 */
export async function axeViolations(page: Page, selector = 'body'): Promise<Violation[]> {
  if (!(await page.evaluate('"axe" in window'))) await page.addScriptTag({ content: axeSource })
  for (let attempt = 0; ; attempt++) {
    try {
      return await runAxe(page, selector)
    } catch (error) {
      if (attempt >= 50 || !/already running/i.test(String(error))) throw error
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}

function runAxe(page: Page, selector: string): Promise<Violation[]> {
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>
          }
        }
      ).axe
      const result = await axe.run(selector, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }))
    },
    { selector, tags: WCAG_TAGS },
  )
}

export const describeViolations = (violations: Violation[]): string =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join(', ')}`).join('\n')
