import { defineConfig } from 'vitest/config'
import { sourceCondition } from '../../test-support/source-condition.mjs'

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `@coproduce/source` export condition).
  plugins: [sourceCondition()],
  test: {
    include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
    // The CLI tests start real processes; on a busy machine that can take seconds.
    testTimeout: 30_000,
  },
})
