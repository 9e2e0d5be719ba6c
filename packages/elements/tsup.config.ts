import { existsSync } from 'node:fs'
import { defineConfig } from 'tsup'
// @ts-expect-error: a plain .mjs build helper without types
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs'

/** One entry per widget plus the index. Each widget entry registers its tag. */
const widgets = ['feedback', 'consent', 'updates', 'principles-report']

const entry: Record<string, string> = { index: 'src/index.ts' }
for (const name of widgets) {
  const file = `src/${name}/index.ts`
  if (existsSync(file)) entry[`${name}/index`] = file
}

export default defineConfig({
  entry,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // Lit and idb-keyval stay imports, so a page with several widgets (or its own Lit) loads them once.
  // The CSS in css`…` templates is minified too (esbuild leaves template text alone).
  esbuildPlugins: [minifyCssLiteralsPlugin],
  external: ['lit', /^lit\//, /^@lit\//, 'idb-keyval', '@coproduce/core'],
})
