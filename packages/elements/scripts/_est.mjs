import { cpSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import { measureEntry } from './measure-size.mjs'
const keys = process.argv.slice(2)
const dir = 'distv'
rmSync(dir, { recursive: true, force: true })
cpSync('dist', dir, { recursive: true })
for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.js') && !f.includes('.cy') && !f.includes('.ur')) {
  const p = `${dir}/${f}`; let s = readFileSync(p, 'utf8')
  for (const k of keys) s = s.replace(new RegExp(`\\n  "?${k}"?: "(?:[^"\\\\]|\\\\.)*",?`, 'g'), '')
  writeFileSync(p, s)
}
const row = []
for (const w of ['feedback/index.js','consent/index.js','updates/index.js','principles-report/index.js','index.js']) row.push(((await measureEntry(`${process.cwd()}/${dir}/${w}`)).entry/1024).toFixed(2))
console.log(row.join('  '))
rmSync(dir, { recursive: true, force: true })
