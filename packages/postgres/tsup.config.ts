import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Drivers are peers: the host installs the one it uses, and the store loads it only when needed.
  external: ['pg', '@electric-sql/pglite', '@coproduce/core'],
})
