#!/usr/bin/env node
/**
 * `pnpm --filter @coproduce/elements bench`: how fast the widgets render in Debian Chromium, next to plain DOM.
 *
 * For each widget: time to first render (create, attach, render, injected data arrives, style and layout), and the
 * time to render 100 "you said, we did" cards. Each is set against a plain-DOM baseline that builds exactly the same
 * markup (copied from the widget's own shadow DOM, same stylesheets) after the same data work (the dates and lists in
 * the reader's words). Both are timed to "rendered and laid out", not the paint after. Figures are medians over
 * rounds. A ratio of 1.5 means the widget takes 1.5 times as long as the hand-built DOM.
 *
 * Two figures per measure: "first in a fresh page" (the widget alone in a new page, and the baseline alone in
 * another, in turns: each pays the page's first style, layout, fonts and Intl data, which alone can take 80-190 ms
 * in a new renderer) and "later" (the median of warm renders in one page).
 *
 *   BENCH_ROUNDS (default 7): rounds of fresh pages; BENCH_REPEAT (default 15): warm renders per measure per round.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../../test-support/chromium-launch.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, '..', 'src')
const rounds = Number(process.env.BENCH_ROUNDS ?? 7)
const repeat = Number(process.env.BENCH_REPEAT ?? 15)

/** The widgets that exist, each by its own entry (which registers its tag), then the bench page. */
const widgets = ['feedback', 'consent', 'updates', 'principles-report'].filter((name) => existsSync(join(src, name, 'index.ts')))
const entry = [...widgets.map((name) => `import '../src/${name}/index.ts'`), "import './page.ts'"].join('\n')

const bundle = await build({
  stdin: { contents: entry, resolveDir: here, sourcefile: 'bench-entry.ts', loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
  // package.json's sideEffects names the built files; here the source entries register the tags.
  ignoreAnnotations: true,
  tsconfig: join(here, '..', 'tsconfig.json'),
})
const script = bundle.outputFiles[0].text

const browser = await chromium.launch(chromiumLaunchOptions)

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** name -> { cold: [], coldBaseline: [], warm: [], warmBaseline: [] } */
const figures = new Map()
const record = (results, cold) => {
  for (const r of results) {
    const f = figures.get(r.name) ?? { cold: [], coldBaseline: [], warm: [], warmBaseline: [] }
    f[cold ? 'cold' : 'warm'].push(r.widget)
    f[cold ? 'coldBaseline' : 'warmBaseline'].push(r.baseline)
    figures.set(r.name, f)
  }
}
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } })
  await context.route('http://bench.invalid/**', (route) => {
    const url = route.request().url()
    if (url.endsWith('/bench.js')) return route.fulfill({ body: script, contentType: 'text/javascript' })
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script></head><body></body></html>',
    })
  })
  const open = async () => {
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto('http://bench.invalid/')
    await page.waitForFunction(() => window.__bench !== undefined)
    return page
  }
  const probe = await open()
  const measures = await probe.evaluate(() => window.__bench.measures())
  /** What each baseline builds, copied from the widget in a page that is not timed. */
  const snapshots = new Map()
  for (const name of measures) snapshots.set(name, await probe.evaluate((n) => window.__bench.probe(n), name))
  await probe.close()
  /** Alone in a fresh page, so it inherits no warm-up. */
  const alone = async (run, name) => {
    const page = await open()
    const ms = await page.evaluate(run, { name, snapshot: snapshots.get(name) })
    await page.close()
    return ms
  }
  const widget = ({ name }) => window.__bench.cold(name)
  const baseline = ({ name, snapshot }) => window.__bench.coldBaseline(name, snapshot)
  for (let round = 0; round < rounds; round++) {
    // Cold: every measure, and its baseline, in its own fresh page; which goes first alternates.
    for (const name of measures) {
      const [a, b] = round % 2 ? [widget, baseline] : [baseline, widget]
      const first = await alone(a, name)
      const second = await alone(b, name)
      record([{ name, ...(round % 2 ? { widget: first, baseline: second } : { widget: second, baseline: first }) }], true)
    }
    const page = await open()
    record(await page.evaluate((n) => window.__bench.warm(n), repeat), false)
    await page.close()
  }
} finally {
  await browser.close()
}

const ms = (v) => `${v.toFixed(2)} ms`
const rows = [...figures].map(([name, f]) => {
  const cold = median(f.cold)
  const coldBase = median(f.coldBaseline)
  const warm = median(f.warm)
  const warmBase = median(f.warmBaseline)
  return {
    measure: name,
    'first in a fresh page': ms(cold),
    'plain DOM': ms(coldBase),
    ratio: (cold / coldBase).toFixed(2),
    'later (median)': ms(warm),
    'plain DOM ': ms(warmBase),
    'ratio ': (warm / warmBase).toFixed(2),
  }
})
console.log(`@coproduce/elements render bench: Chromium, ${rounds} fresh pages x ${repeat} warm renders, medians`)
console.log(`widgets found: ${widgets.map((w) => `cp-${w}`).join(', ')}`)
console.table(rows)
