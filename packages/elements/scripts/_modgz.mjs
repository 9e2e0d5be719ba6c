import { transform } from 'esbuild'
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { minifyCssLiterals } from './minify-css-literals.mjs'
import { minifyHtmlLiterals } from './minify-html-literals.mjs'
let tot = 0
const rows = []
for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
  if (!f.endsWith('.ts') || f.includes('test') || f.includes('fixture') || f.includes('.cy.') || f.includes('.ur.')) continue
  const src = await minifyCssLiterals(minifyHtmlLiterals(readFileSync('src/' + f, 'utf8')))
  const { code } = await transform(src, { loader: 'ts', minify: true, target: 'es2022', format: 'esm', mangleProps: /^_[a-z]/ })
  const gz = gzipSync(code, { level: 9 }).length
  rows.push([gz, code.length, f])
}
rows.sort((a, b) => b[0] - a[0]).forEach((r) => console.log(String(r[0]).padStart(6), String(r[1]).padStart(6), r[2]))
