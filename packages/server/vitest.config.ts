import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../test-support/source-condition.mjs'

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `@coproduce/source` export condition).
  plugins: [sourceCondition()],
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/test-support/postgres-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
