import type { Page } from 'playwright-core'

/**
 * Show a story in an already open Storybook preview without reloading it: ask the preview over its channel
 * and wait until it says the story (and its play function) has rendered. Reloading the preview and axe for
 * every story would be many times slower. Written as a string so no compiler helper leaks into the page.
 */
const SHOW_STORY = `(storyId) => new Promise((resolve) => {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__
  const names = ['storyRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']
  const handlers = names.map((name) => {
    const handler = (payload) => {
      names.forEach((n, i) => channel.off(n, handlers[i]))
      let detail = ''
      try { detail = typeof payload === 'string' ? payload : JSON.stringify(payload) } catch {}
      resolve({ event: name, detail: String(detail).slice(0, 500) })
    }
    channel.on(name, handler)
    return handler
  })
  delete document.body.dataset.played
  channel.emit('setCurrentStory', { storyId, viewMode: 'story' })
})`

/** Open the preview once. */
export async function openPreview(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/iframe.html`)
  await page.waitForFunction('!!window.__STORYBOOK_ADDONS_CHANNEL__ && !!window.__STORYBOOK_PREVIEW__')
}

/** Render one story; resolves with the preview's event (`storyRendered` when all went well). */
export async function showStory(page: Page, storyId: string): Promise<{ event: string; detail: string }> {
  return page.evaluate(`(${SHOW_STORY})(${JSON.stringify(storyId)})`)
}

/** Wait until every `cp-*` element in the story has rendered into its shadow root. */
export async function widgetsRendered(page: Page, timeout = 15_000): Promise<boolean> {
  return page
    .waitForFunction(
      `(() => {
        const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.tagName.startsWith('CP-'))
        return els.length > 0 && els.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0)
      })()`,
      undefined,
      { timeout },
    )
    .then(() => true)
    .catch(() => false)
}
