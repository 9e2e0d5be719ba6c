import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // vitest is an optional peer used only by the RuleTester.
  external: ['vitest'],
  // syllable is ESM-only: bundle it so the CommonJS build can be required.
  noExternal: ['syllable'],
})
