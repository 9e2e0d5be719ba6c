import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { workspaceAlias } from '../../vitest.workspace-alias.js'

const principlesTesting = fileURLToPath(new URL('../../packages/principles/src/testing/index.ts', import.meta.url))

export default defineConfig({
  resolve: { alias: { '@coproduce/principles/testing': principlesTesting, ...workspaceAlias } },
  test: { include: ['src/**/*.test.ts'] },
})
