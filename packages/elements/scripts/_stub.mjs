import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { readFile } from 'node:fs/promises'
import { minifyCssLiterals } from './minify-css-literals.mjs'
import { minifyHtmlLiterals } from './minify-html-literals.mjs'
const [entry, ...stubs] = process.argv.slice(2)
// stub spec: file.ts=replacement-js (a module body)
const map = Object.fromEntries(stubs.map((s) => s.split('=')).map(([f, ...r]) => [f, r.join('=')]))
const plugin = { name: 'x', setup(b) { b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
  for (const [f, body] of Object.entries(map)) if (path.endsWith(f)) return { contents: body, loader: 'ts' }
  return { contents: await minifyCssLiterals(minifyHtmlLiterals(await readFile(path, 'utf8'))), loader: 'ts' }
}) } }
const r = await build({ entryPoints: { entry }, bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', outdir: '/tmp/stub', write: false, metafile: true, logLevel: 'silent', plugins: [plugin], mangleProps: /^_[a-z]/ })
const t = r.outputFiles.find((f) => f.path.endsWith('entry.js')).text
console.log((gzipSync(t, { level: 9 }).length / 1024).toFixed(2))
