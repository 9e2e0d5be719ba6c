import { defineConfig } from 'vitest/config'

// No workspace alias: the app uses the packages as published (their dist), like a real host would.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 120_000 },
})
