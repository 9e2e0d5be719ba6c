// lit-analyzer (strict) over the widgets' sources: templates, bindings and styles. Its CSS list predates
// `forced-color-adjust` and `accent-color` (both in CSS and used on purpose), so those two findings are expected;
// anything else fails. Then over a host's own Lit templates (lit-host/), as a vendor's editor and CI would run it
// against the published types: every widget, attribute (dashed ones too) and event is known.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const bin = fileURLToPath(new URL('./node_modules/lit-analyzer/cli.js', import.meta.url))
const sources = fileURLToPath(new URL('../../packages/elements/src/**/*.ts', import.meta.url))
const KNOWN = /^Unknown property: '(forced-color-adjust|accent-color)'$/

test('lit-analyzer --strict finds nothing in the widgets but two CSS properties newer than its list', { timeout: 120_000 }, async () => {
  const out = await promisify(execFile)(process.execPath, [bin, sources, '--strict', '--format', 'list'], { maxBuffer: 1 << 24 }).then(
    (r) => r.stdout,
    (e) => `${e.stdout}`,
  )
  assert.match(out, /Analyzing \d+ files/, 'lit-analyzer ran over the sources')
  const messages = [...out.matchAll(/^\s*\d+:\d+\s+(?:warning|error)\s+(.+)$/gm)].map((m) => m[1].trim())
  const total = Number(/(\d+) problems? in/.exec(out)?.[1] ?? 0)
  assert.equal(messages.length, total, 'every finding it counted was read')
  assert.deepEqual(
    messages.filter((m) => !KNOWN.test(m)),
    [],
  )
})

const hostDir = fileURLToPath(new URL('./lit-host/', import.meta.url))
const problemsIn = (out, file) => {
  const section = out.split(/^\.\//m).find((part) => part.startsWith(file)) ?? ''
  return [...section.matchAll(/^\s*\d+:\d+\s+(?:warning|error)\s+(.+)$/gm)].map((m) => m[1].trim())
}

test('lit-analyzer --strict knows every widget in a host’s template: nothing in host-ok.ts, each slip in host-bad.ts', {
  timeout: 120_000,
}, async () => {
  const out = await promisify(execFile)(
    process.execPath,
    [bin, 'host-ok.ts', 'host-bad.ts', '--strict', '--format', 'list', '--maxNodeModuleImportDepth', '4'],
    { cwd: hostDir, maxBuffer: 1 << 24 },
  ).then(
    (r) => r.stdout,
    (e) => `${e.stdout}`,
  )
  assert.match(out, /Analyzing 2 files/, 'lit-analyzer ran over the host')
  assert.deepEqual(problemsIn(out, 'host-ok.ts'), [], out)
  assert.deepEqual(problemsIn(out, 'host-bad.ts'), [
    "Unknown attribute 'initiatve'.",
    "Unknown property 'clinet'.",
    "Unknown attribute 'update-idd'.",
  ])
})
