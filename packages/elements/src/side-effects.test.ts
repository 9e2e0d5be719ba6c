import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

/**
 * `import '@coproduce/elements/feedback'` must register `<cp-feedback>` in a host's bundle. Bundlers honour
 * `sideEffects` in package.json and drop files it does not list when nothing from them is used; the
 * `customElements.define` calls live in shared `dist/chunk-*.js` files, so those must be listed too.
 * Each entry is bundled from `dist` as a host would (esbuild, annotations honoured). Run after `pnpm build`.
 */
const packageDir = fileURLToPath(new URL('..', import.meta.url))

async function bundleSideEffectImport(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: `import './dist/${entry}'`, resolveDir: packageDir },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*', 'idb-keyval', '@coproduce/core'],
  })
  return result.outputFiles.map((file) => file.text).join('\n')
}

describe('a side-effect import registers the widget in a host bundle', () => {
  it.each([
    ['feedback/index.js', 'cp-feedback'],
    ['consent/index.js', 'cp-consent'],
    ['updates/index.js', 'cp-updates'],
    ['principles-report/index.js', 'cp-principles-report'],
    ['decision/index.js', 'cp-decision'],
    ['agreement/index.js', 'cp-agreement'],
    ['my-involvement/index.js', 'cp-my-involvement'],
    ['sessions/index.js', 'cp-sessions'],
    ['payments/index.js', 'cp-payments'],
    ['plan-check/index.js', 'cp-plan-check'],
    ['members/index.js', 'cp-members'],
    ['decisions/index.js', 'cp-decisions'],
    ['index.js', 'cp-feedback'],
    ['index.js', 'cp-my-involvement'],
  ])("import '%s' keeps define('%s')", async (entry, tag) => {
    const bundle = await bundleSideEffectImport(entry)
    expect(bundle).toContain(`define("${tag}"`)
    expect(bundle).toContain('customElements.define(')
  })
})

describe('the internal entry', () => {
  it("registers no widget: import '@coproduce/elements/internal' defines no tag", async () => {
    const bundle = await bundleSideEffectImport('internal.js')
    expect(bundle).not.toMatch(/define\("cp-/)
  })
})
