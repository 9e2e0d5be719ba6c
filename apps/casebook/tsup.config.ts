import { defineConfig } from 'tsup'

// `pnpm build` empties dist/ first (see package.json): with two builds writing into it, neither may clean it.

export default defineConfig([
  {
    // The server.
    entry: { main: 'src/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // `pnpm dev` restarts the server after each rebuild.
    onSuccess: process.env.CASEBOOK_DEV ? 'node dist/main.js' : undefined,
    esbuildOptions(options) {
      options.jsx = 'automatic'
      options.jsxImportSource = 'hono/jsx'
    },
  },
  {
    // The widgets for the browser: the built @coproduce/elements with Lit, in one ES module. The page's strict CSP
    // allows no inline import map, so the browser cannot resolve the bare `lit` imports in the package by itself.
    entry: { index: 'src/browser/elements.ts' },
    outDir: 'dist/static/elements',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    noExternal: [/.*/],
    esbuildOptions(options) {
      // Registering a widget is a side effect that lives in shared chunks of the package's dist; keep them all.
      options.ignoreAnnotations = true
    },
  },
])
