import { defineConfig } from 'vitest/config'
import { workspaceAlias } from '../../vitest.workspace-alias.js'

export default defineConfig({
  resolve: { alias: { ...workspaceAlias } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
