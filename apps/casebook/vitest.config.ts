import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../test-support/source-condition.mjs'

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `@coproduce/source` export condition).
  plugins: [sourceCondition()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
