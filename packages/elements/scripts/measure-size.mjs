/**
 * How big the published entry points are, measured as a host's bundler would build them: a page that imports an
 * entry in `dist` is bundled with esbuild (bundle, minify, browser, ES2022, code splitting; `lit` resolves to its
 * production build, what any bundler gets by default) and each output file is gzipped on its own (level 9).
 *
 * - `entry`: what the page downloads before the widget shows: the entry and every file it imports statically.
 *   This is what the budget counts.
 * - `lazy`: files loaded later (`import()`): Welsh and Urdu words; the picture and recording part of
 *   `<cp-feedback>` (only with an `upload` function); and what runs once a person acts — feedback's sending part
 *   with the offline queue, consent's recording and receipt part — fetched when they first move into the widget;
 *   the principles report's body, fetched with the report.
 *
 * Used by `scripts/size.mjs` (prints the figures) and `src/size.test.ts` (fails over budget). Neither builds the
 * package: run `pnpm build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export const KB = 1024
/** The design's budget, min+gzip with Lit: each widget for the people taking part alone within 12 kB, each staff widget within 16 kB, all four within 20 kB. */
export const BUDGETS = { widget: 12 * KB, all: 20 * KB, staff: 16 * KB }
/** The four original widgets: each within 12 kB, and together within 20 kB. */
export const WIDGETS = ['feedback', 'consent', 'updates', 'principles-report']
/** The widgets added later: each alone within 12 kB (they are not part of the four's shared 20 kB). */
export const MORE_WIDGETS = ['decision', 'agreement', 'my-involvement']
/**
 * The widgets for staff, embedded in the vendor's own screens: each alone within 16 kB. `<cp-principles-report>`
 * is one of them (the design lists it with the staff tags), though it is also one of the four original widgets.
 */
export const STAFF_WIDGETS = [
  'principles-report',
  'feedback-inbox',
  'update-editor',
  'sessions',
  'payments',
  'plan-check',
  'members',
  'decisions',
]

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url))
const gzip = (text) => gzipSync(text, { level: 9 }).length
/** How a host's bundler builds a page for browsers: bundled, minified, ES2022, kept in memory. */
const forBrowsers = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' }

/** Measure one built entry point, or a page that imports several together. */
export async function measureEntry(entry) {
  const entries = [entry].flat()
  for (const one of entries) if (!existsSync(one)) throw new Error(`${one} is missing: run the build first (pnpm build)`)
  // A page that imports the entry for its widgets (`import '@coproduce/elements/feedback'`): what that page's
  // bundle holds. Exports the page does not use (the HTTP client's factory, the helpers) are left out, as any
  // bundler leaves them out.
  const result = await build({
    ...forBrowsers,
    stdin: { contents: entries.map((one) => `import ${JSON.stringify(one)}`).join('\n'), resolveDir: packageDir, sourcefile: 'entry.js' },
    splitting: true,
    outdir: '/size-out',
    entryNames: 'entry',
    metafile: true,
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
  const measured = { entry: 0, lazy: 0, lazyFiles: [], zod: false }
  for (const file of result.outputFiles) {
    const size = gzip(file.text)
    if (initialNames.has(base(file.path))) {
      measured.entry += size
      measured.zod ||= /ZodError|\$ZodType/.test(file.text)
    } else {
      measured.lazy += size
      measured.lazyFiles.push({ name: base(file.path).replace(/-[A-Z0-9]{8}(?=[-.])/g, ''), size })
    }
  }
  return measured
}

/** Lit alone (LitElement, html, css, nothing), for comparison. */
export async function measureLit() {
  const result = await build({
    ...forBrowsers,
    stdin: { contents: "export { LitElement, html, css, nothing } from 'lit'", resolveDir: packageDir },
  })
  return gzip(result.outputFiles[0].text)
}

/**
 * Every published widget entry: each widget alone, then the four original widgets on one page, with its budget.
 * (`@coproduce/elements` itself registers every widget, the later ones too: a page that wants only the four
 * imports their entries.)
 */
export async function measurePackage() {
  const rows = []
  const budgetOf = (widget) => (STAFF_WIDGETS.includes(widget) ? BUDGETS.staff : BUDGETS.widget)
  for (const widget of new Set([...WIDGETS, ...MORE_WIDGETS, ...STAFF_WIDGETS]))
    rows.push({ name: `@coproduce/elements/${widget}`, budget: budgetOf(widget), ...(await measureEntry(dist(`${widget}/index.js`))) })
  rows.push({
    name: '@coproduce/elements (all four)',
    budget: BUDGETS.all,
    ...(await measureEntry(WIDGETS.map((w) => dist(`${w}/index.js`)))),
  })
  return rows
}
