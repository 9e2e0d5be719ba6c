/**
 * Bundle-size figures against the design's budget: all four widgets with Lit within 20 kB min+gzip, each widget
 * alone (its own entry, with Lit) within 12 kB.
 *
 * Each published entry point in `dist` is bundled as a host's bundler would (esbuild: bundle, minify, browser,
 * code splitting). "Initial" is what a page downloads before the widget shows: the entry and everything it imports
 * statically, each file gzipped on its own. Welsh and Urdu are separate chunks, loaded only when asked for.
 *
 * Prints the figures; exits 1 when a budget is exceeded. Run after `pnpm build`: `pnpm size`.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const KB = 1024
const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url))
const BUDGETS = { widget: 12 * KB, all: 20 * KB }

async function measure(entry) {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run the build first`)
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: '/size-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const outputs = result.metafile.outputs
  const base = (path) => path.split('/').pop()
  const initial = new Set()
  const visit = (path) => {
    if (initial.has(path)) return
    initial.add(path)
    for (const imp of outputs[path]?.imports ?? []) if (imp.kind === 'import-statement' && !imp.external) visit(imp.path)
  }
  visit(Object.keys(outputs).find((p) => p.endsWith('entry.js')))
  const initialNames = new Set([...initial].map(base))
  let gzip = 0
  let zod = false
  const lazy = []
  for (const file of result.outputFiles) {
    const size = gzipSync(file.text, { level: 9 }).length
    if (initialNames.has(base(file.path))) {
      gzip += size
      zod ||= /ZodError|\$ZodType/.test(file.text)
    } else lazy.push(`${base(file.path)} ${(size / KB).toFixed(2)} kB`)
  }
  return { gzip, zod, lazy }
}

async function litAlone() {
  const result = await build({
    stdin: { contents: "export { LitElement, html, css, nothing } from 'lit'", resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0].text, { level: 9 }).length
}

const lit = await litAlone()
console.log(`     Lit alone (LitElement, html, css): ${(lit / KB).toFixed(2)} kB`)
const rows = []
let over = false
for (const widget of ['feedback', 'consent', 'updates', 'principles-report']) {
  const { gzip, zod, lazy } = await measure(dist(`${widget}/index.js`))
  const ok = gzip <= BUDGETS.widget && !zod
  over ||= !ok
  rows.push([`@coproduce/elements/${widget}`, gzip, BUDGETS.widget, ok, zod, lazy])
}
const all = await measure(dist('index.js'))
const allOk = all.gzip <= BUDGETS.all && !all.zod
over ||= !allOk
rows.push(['@coproduce/elements (all four)', all.gzip, BUDGETS.all, allOk, all.zod, all.lazy])

for (const [name, gzip, budget, ok, zod, lazy] of rows) {
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(42)} ${(gzip / KB).toFixed(2).padStart(6)} kB of ${(budget / KB).toFixed(0)} kB` +
      ` (${((gzip / budget) * 100).toFixed(0)}%)${zod ? ' — bundles zod!' : ''}`,
  )
  if (lazy.length) console.log(`     on demand: ${lazy.join(', ')}`)
}
process.exitCode = over ? 1 : 0
