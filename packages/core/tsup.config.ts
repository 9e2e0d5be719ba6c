import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // Maps name our files and lines in stack traces; the sources stay out of the package, to keep it small.
  esbuildOptions: (options) => {
    options.sourcesContent = false
  },
  target: 'es2022',
  external: ['vitest', 'fast-check'],
})
