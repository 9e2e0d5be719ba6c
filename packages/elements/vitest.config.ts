import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumLaunchOptions } from '../../test-support/chromium-launch.mjs'
import { sourceCondition } from '../../test-support/source-condition.mjs'
import { browserCommands } from './src/test-support/browser-commands.js'
import { BROWSER_PORT } from './src/test-support/browser-origin.js'

const chromium = chromiumLaunchOptions

/** Node-side tests: they measure the built package rather than run in a page. */
const nodeTests = ['src/size.test.ts', 'src/side-effects.test.ts']

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the `@coproduce/source` export condition).
  plugins: [sourceCondition()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          include: ['src/**/*.test.ts'],
          exclude: nodeTests,
          globalSetup: ['./src/test-support/global-setup.ts'],
          testTimeout: 30_000,
          // One file at a time: the tests share one real server and one cookie jar (who is calling).
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromium }),
            instances: [{ browser: 'chromium' }],
            commands: browserCommands,
            screenshotFailures: false,
            // The real API lets only this origin call with cookies (see browser-origin.ts).
            api: { port: BROWSER_PORT, strictPort: true },
          },
        },
      },
      {
        extends: true,
        test: { name: 'node', include: nodeTests, environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
})
