import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One Chromium, one page at a time: the machine is shared.
    fileParallelism: false,
  },
})
