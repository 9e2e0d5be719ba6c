import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: true,
  // Maps name our files and lines in stack traces; the sources stay out of the package, to keep it small.
  esbuildOptions: (options) => {
    options.sourcesContent = false
  },
  treeshake: true,
  external: ['react', '@lit/react', /^@coproduce\/elements/],
})
