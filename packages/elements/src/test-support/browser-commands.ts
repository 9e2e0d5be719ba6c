/**
 * Browser commands: run in Node (the vitest process), called from tests with `commands.x()` from `vitest/browser`.
 */
import type { BrowserCommand } from 'vitest/node'

function server() {
  const s = globalThis.__cpTestServer
  if (!s) throw new Error('The test server is not running (see global-setup.ts)')
  return s
}

/** Make the real API unreachable (connections dropped) or reachable again. */
const setServerReachable: BrowserCommand<[reachable: boolean]> = (_ctx, reachable) => {
  server().setReachable(reachable)
}

/** Emulate CSS media: `print`, or forced colours (Windows High Contrast). `null` resets. */
const emulateMedia: BrowserCommand<[options: { media?: 'print' | 'screen' | null; forcedColors?: 'active' | 'none' | null }]> = async (
  ctx,
  options,
) => {
  await ctx.page.emulateMedia(options)
}

export interface CspPageResult {
  /** Text the widget rendered in its shadow root. */
  text: string
  /** CSP violations and console errors seen while the page loaded and was used. */
  violations: string[]
  errors: string[]
  /** The widget's own style sheet applied (its root box has the widget's solid border). */
  styled: boolean
  /** The text after `steps` ran. */
  after: string
  /** The text at each `read` step. */
  reads: string[]
}

/**
 * Open a page served with the strict CSP in a new tab, let the widget load, optionally press through it with the
 * keyboard (`steps`: keys for `page.keyboard.press`, `type:<text>`, `wait:<ms>`), and report what it showed and
 * any violation. `forget` clears what earlier visits saved on this device and reloads. `read` notes the text at that point. `offline` cuts the page off the network entirely (every request fails, the page's own files
 * too, as on a phone that lost its signal); `online` restores it and tells the page (the `online` event).
 * `network` restores it without telling the page. `until:<words>` waits (up to 10 s) until the widget shows
 * those words. `eval:<code>` runs code in the page, as a host's own script would (e.g. give a widget a property).
 */
const openCspPage: BrowserCommand<[path: string, tag: string, steps?: string[]]> = async (ctx, path, tag, steps = []) => {
  const page = await ctx.context.newPage()
  const violations: string[] = []
  const errors: string[] = []
  const reads: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective}: ${e.blockedURI}`)
    })
  })
  try {
    await page.goto(`${server().url}${path}`)
    const read = () =>
      page.evaluate((t) => {
        const el = document.querySelector(t)
        return el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      }, tag)
    const rendered = () =>
      page.waitForFunction((t) => (document.querySelector(t)?.shadowRoot?.textContent?.trim().length ?? 0) > 0, tag, {
        timeout: 10_000,
      })
    await rendered()
    await page.waitForTimeout(300)
    const text = await read()
    const styled = await page.evaluate((t) => {
      const root = document.querySelector(t)?.shadowRoot?.querySelector('.root')
      return !!root && getComputedStyle(root).borderTopStyle === 'solid'
    }, tag)
    for (const step of steps) {
      if (step.startsWith('type:')) await page.keyboard.type(step.slice(5))
      else if (step.startsWith('wait:')) await page.waitForTimeout(Number(step.slice(5)))
      else if (step === 'read') reads.push(await read())
      else if (step.startsWith('eval:')) await page.evaluate(step.slice(5))
      else if (step.startsWith('until:'))
        await page.waitForFunction(
          ([t, words]) => document.querySelector(t!)?.shadowRoot?.textContent?.includes(words!),
          [tag, step.slice(6)],
          { timeout: 10_000 },
        )
      else if (step === 'forget') {
        // A first visit: nothing saved on this device by earlier tests. Leave the page (so nothing holds the
        // database open), delete it from the same origin, and open the page afresh.
        await page.goto(`${server().url}/favicon.ico`)
        await page.evaluate(
          () =>
            new Promise((resolve, reject) =>
              Object.assign(indexedDB.deleteDatabase('coproduce'), { onsuccess: resolve, onerror: reject, onblocked: reject }),
            ),
        )
        await page.goto(`${server().url}${path}`)
        await rendered()
      } else if (step === 'offline') await page.route('**/*', (route) => route.abort('internetdisconnected'))
      else if (step === 'network') await page.unroute('**/*')
      else if (step === 'online') {
        await page.unroute('**/*')
        await page.evaluate(() => window.dispatchEvent(new Event('online')))
      } else await page.keyboard.press(step)
    }
    await page.waitForTimeout(steps.length ? 500 : 0)
    return { text, violations, errors, styled, after: await read(), reads }
  } finally {
    await page.close()
  }
}

export const browserCommands = { setServerReachable, openCspPage, emulateMedia }

declare module 'vitest/browser' {
  interface BrowserCommands {
    setServerReachable(reachable: boolean): Promise<void>
    openCspPage(path: string, tag: string, steps?: string[]): Promise<CspPageResult>
    emulateMedia(options: { media?: 'print' | 'screen' | null; forcedColors?: 'active' | 'none' | null }): Promise<void>
  }
}
