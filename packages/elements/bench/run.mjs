#!/usr/bin/env node
/**
 * `pnpm --filter @coproduce/elements bench`: how fast the widgets render in Debian Chromium, next to plain DOM.
 *
 * For each widget: time to first render (create, attach, render, injected data arrives, style and layout), and the
 * time to render 100 "you said, we did" cards. Each is set against a plain-DOM baseline that builds exactly the same
 * markup (copied from the widget's own shadow DOM, same stylesheets) in the same page run. Every round opens a
 * fresh page; figures are medians over rounds. A ratio of 1.5 means the widget takes 1.5 times as long as the
 * hand-built DOM.
 *
 * Two figures per measure: "first in a fresh page" (each measure alone in a new page: Lit's template preparation,
 * the first style and layout, and the browser's first use of Intl date formatting, which alone can take 80-190 ms in
 * a new renderer) and "later" (the median of warm renders in one page).
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
  await probe.close()
  for (let round = 0; round < rounds; round++) {
    // Cold: every measure in its own fresh page, so none inherits another's warm-up.
    for (const name of measures) {
      const page = await open()
      record([await page.evaluate((n) => window.__bench.cold(n), name)], true)
      await page.close()
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
