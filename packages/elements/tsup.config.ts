import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'
// @ts-expect-error: a plain .mjs build helper without types
import { minifyLiteralsPlugin } from './scripts/minify-literals-plugin.mjs'

/** One entry per widget plus the index. Each widget entry registers its tag. */
const widgets = [
  'feedback',
  'consent',
  'updates',
  'principles-report',
  'decision',
  'agreement',
  'my-involvement',
  'feedback-inbox',
  'update-editor',
  'sessions',
  'payments',
  'plan-check',
  'members',
  'decisions',
]

// `internal`: what the widgets are built from (no widget registered), for widgets built on it.
const entry: Record<string, string> = { index: 'src/index.ts', internal: 'src/internal.ts' }
for (const name of widgets) {
  const file = `src/${name}/index.ts`
  if (existsSync(file)) entry[`${name}/index`] = file
}
/**
 * The parts loaded on demand (`import()`: Welsh and Urdu words, the parts fetched when a widget is first used, the
 * offline queue) are entries too, so their files keep plain names (`dist/lazy/feedback.messages.cy.js`) rather
 * than hashed ones: a page names each in its own bundle, and a name with no hash in it is shorter to send.
 */
const lazy = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) =>
  /(\.messages\.(cy|ur)|feedback-creative|feedback-after-send|feedback-consent|consent-choices|consent-more|offline-queue|decision-send|agreement-send|report-body)\.ts$/.test(
    file,
  ),
)
const published = { ...entry }
for (const file of lazy) entry[`lazy/${file.split('/').pop()!.replace(/\.ts$/, '')}`] = `src/${file}`

/** The code every participant page downloads: the four widgets that share one 20 kB budget, and what they share. */
const PARTICIPANT_CODE = /^(shared|feedback|consent|updates|principles-report)\//

/**
 * Every `_name` in the source, mapped to `_` and a number in base 36. The names the participant widgets use most
 * get the shortest numbers, then the rest by use, so a new staff widget's own names never make the shared
 * participant code longer (their size is checked against a budget to the byte).
 */
function internalNames(): Record<string, string> {
  const uses = new Map<string, number>()
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.ts') && !file.endsWith('.test.ts')) {
      const weight = PARTICIPANT_CODE.test(file.replaceAll('\\', '/')) ? 1_000_000 : 1
      for (const [name] of readFileSync(`src/${file}`, 'utf8').matchAll(/\b_[a-z][A-Za-z0-9]*/g))
        uses.set(name, (uses.get(name) ?? 0) + weight)
    }
  const names = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : 1))
  return Object.fromEntries(names.map((name, i) => [name, `_${i.toString(36)}`]))
}

export default defineConfig({
  entry,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  // Types for the published entries only: the lazy parts are not imported by name.
  dts: { entry: published },
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // Lit and idb-keyval stay imports, so a page with several widgets (or its own Lit) loads them once.
  // The HTML in html`…` templates and the CSS in css`…` (and cssText`…`) templates are minified too, by the
  // maintained minify-literals package: esbuild leaves template text alone.
  esbuildPlugins: [minifyLiteralsPlugin],
  // Internal reactive state (`_phase`, `_errors`, …) is private by convention: its names are shortened in the
  // published build, as Lit's own build does. Public properties, attributes and Lit's API never start with `_`.
  // Each gets a fixed short name (`_0`, `_1`, …) that cannot clash with Lit's own shortened names (`_$AK`, `C`, …).
  esbuildOptions(options) {
    options.mangleProps = /^_[a-z]/
    options.mangleCache = internalNames()
    // Maps name our files and lines in stack traces; the sources stay out of the package, to keep it small.
    options.sourcesContent = false
  },
  external: ['lit', /^lit\//, /^@lit\//, 'idb-keyval', '@coproduce/core'],
})
