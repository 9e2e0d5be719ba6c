/**
 * Bundle-size figures against the design's budget: all four widgets with Lit within 20 kB min+gzip, each widget
 * alone (its own entry, with Lit) within 12 kB. How they are measured: `scripts/measure-size.mjs`. The same
 * figures are a test (`src/size.test.ts`).
 *
 * Prints the figures; exits 1 when a budget is exceeded. Run after `pnpm build`: `pnpm size`.
 */
import { KB, measureLit, measurePackage } from './measure-size.mjs'

const kb = (bytes) => (bytes / KB).toFixed(2)
console.log(`     Lit alone (LitElement, html, css, nothing): ${kb(await measureLit())} kB`)
let over = false
for (const { name, entry, budget, zod, lazy, lazyFiles } of await measurePackage()) {
  const ok = entry <= budget && !zod
  over ||= !ok
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(42)} ${kb(entry).padStart(6)} kB of ${(budget / KB).toFixed(0)} kB` +
      ` (${((entry / budget) * 100).toFixed(0)}%)${zod ? ' — bundles zod!' : ''}`,
  )
  if (lazyFiles.length)
    console.log(`     on demand (${kb(lazy)} kB in all): ${lazyFiles.map((f) => `${f.name} ${kb(f.size)} kB`).join(', ')}`)
}
process.exitCode = over ? 1 : 0
