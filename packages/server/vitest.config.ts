import { defineConfig } from 'vitest/config'
import { workspaceAlias } from '../../vitest.workspace-alias'

export default defineConfig({
  resolve: { alias: { ...workspaceAlias } },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/test-support/postgres-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
