/**
 * Tests run against the packages' source, so a package's tests never wait for (or race on) another's build.
 * Each package's vitest.config.ts spreads `workspaceAlias` into `resolve.alias`.
 */
import { fileURLToPath } from 'node:url'

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export const workspaceAlias = {
  '@coproduce/core/testing': src('./packages/core/src/testing/index.ts'),
  '@coproduce/core': src('./packages/core/src/index.ts'),
  '@coproduce/principles/testing': src('./packages/principles/src/testing/index.ts'),
  '@coproduce/principles': src('./packages/principles/src/index.ts'),
  '@coproduce/postgres': src('./packages/postgres/src/index.ts'),
  '@coproduce/server': src('./packages/server/src/index.ts'),
  '@coproduce/elements': src('./packages/elements/src/index.ts'),
}
