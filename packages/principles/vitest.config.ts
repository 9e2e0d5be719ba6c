import { defineConfig } from 'vitest/config'
import { workspaceAlias } from '../../vitest.workspace-alias.js'

export default defineConfig({
  resolve: { alias: { ...workspaceAlias } },
  test: {
    include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
    // The CLI tests start real processes; on a busy machine that can take seconds.
    testTimeout: 30_000,
  },
})
