/**
 * How workspace code finds another workspace package's sources: the `@coproduce/source` export condition.
 * Each published package lists it first in every `exports` entry, pointing at the TypeScript file the entry is
 * built from. Only this repository turns it on (vitest, `customConditions` in tsconfig.base.json, esbuild in
 * tests), so a host that installs the packages never sees it and gets `dist` as before. The name is scoped
 * because a plain `source` is a common name for a repository's own condition: a host that turned it on for its
 * own packages would then be sent to our `src`, which is not published.
 */
export const SOURCE_CONDITION = '@coproduce/source'

/**
 * A Vite plugin for vitest configs: adds the condition to every environment's own defaults (Node tests, the
 * browser page, the Node side of global setup), so a test never waits for, or runs a stale copy of, another
 * package's build. Setting `resolve.conditions` instead would replace the defaults (the browser page would lose
 * `browser` and `module`), and would not reach the environment global setup runs in.
 */
export function sourceCondition() {
  return {
    name: 'coproduce:source-condition',
    /** @param {{ environments: Record<string, { resolve: { conditions: string[] } }> }} config */
    configResolved(config) {
      for (const environment of Object.values(config.environments)) {
        const { conditions } = environment.resolve
        if (!conditions.includes(SOURCE_CONDITION)) conditions.unshift(SOURCE_CONDITION)
      }
    },
  }
}
