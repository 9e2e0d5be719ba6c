import { defineConfig } from 'vitest/config'

// No workspace alias: this example uses the packages as published (their dist), like a real site would.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
})
