// Measures what @coproduce/core costs a browser bundle: esbuild (minified, platform browser), then gzip.
// Run after `pnpm build`: `pnpm --filter @coproduce/core bench`.
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url))

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  const min = code.byteLength / 1024
  const gz = gzipSync(code, { level: 9 }).byteLength / 1024
  return { label, min, gz }
}

const rows = [
  await measure('everything (import * from @coproduce/core)', `export * from ${JSON.stringify(dist)}`),
  await measure('service + memory store', `export { createCoproduction, memoryStore } from ${JSON.stringify(dist)}`),
  await measure('schemas only (FeedbackInputSchema)', `export { FeedbackInputSchema } from ${JSON.stringify(dist)}`),
  await measure('zod alone (for comparison)', `export * from 'zod'`),
]
const width = Math.max(...rows.map((r) => r.label.length))
console.log('@coproduce/core browser bundle size (esbuild --minify --platform=browser, gzip -9)')
for (const r of rows)
  console.log(`${r.label.padEnd(width)}  ${r.min.toFixed(1).padStart(6)} kB min  ${r.gz.toFixed(1).padStart(5)} kB min+gzip`)
const [all, , , zod] = rows
console.log(`core adds ${(all.gz - zod.gz).toFixed(1)} kB min+gzip on top of zod (${(all.gz / zod.gz).toFixed(2)}x zod alone)`)
