import { cpSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { measureEntry } from './measure-size.mjs'
const variants = {
  base: (s) => s,
  noCss: (s) => s.replace(/css`[^`]*`/g, 'css``'),
  noEnStrings: (s) => s.replace(/var en = \{[\s\S]*?\n\};/g, (m) => m.replace(/: "(?:[^"\\]|\\.)*"/g, ': ""')),
  noHtml: (s) => s.replace(/(html|svg)`(?:[^`\\]|\\.)*`/g, '$1``'),
}
const { default: path } = await import('node:path')
for (const [name, fn] of Object.entries(variants)) {
  const dir = 'distv'
  rmSync(dir, { recursive: true, force: true })
  cpSync('dist', dir, { recursive: true })
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.js')) { const p = `${dir}/${f}`; writeFileSync(p, fn(readFileSync(p, 'utf8'))) }
  const row = []
  for (const w of ['feedback/index.js','consent/index.js','updates/index.js','principles-report/index.js','index.js']) row.push(((await measureEntry(`${dir}/${w}`)).entry/1024).toFixed(2))
  console.log(name.padEnd(12), row.join('  '))
}
