import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  sourcemap: true,
  target: 'es2022',
  // vitest is an optional peer used only by the RuleTester.
  external: ['vitest'],
  // syllable is ESM-only: bundle it so the CommonJS build can be required.
  noExternal: ['syllable'],
  // Maps name our files and lines in stack traces; the sources stay out of the package, to keep it small.
  esbuildOptions: (options) => {
    options.sourcesContent = false
  },
}

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
  },
  // The `coproduce` command is ESM only (bin/coproduce.js loads dist/cli.js), so a CommonJS copy would be dead weight.
  { ...shared, entry: { cli: 'src/cli/bin.ts' }, format: ['esm'] },
])
