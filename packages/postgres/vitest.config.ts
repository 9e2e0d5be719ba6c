import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../test-support/source-condition.mjs'

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `@coproduce/source` export condition).
  plugins: [sourceCondition()],
  test: {
    include: ['src/**/*.test.ts'],
    // Starts a throwaway PostgreSQL server when PG_URL is not set. Tests never skip for want of one.
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores are shared by the whole team: a few files at a time is enough.
    maxWorkers: 2,
  },
})
