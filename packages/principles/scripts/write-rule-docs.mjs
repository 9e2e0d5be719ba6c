// Writes docs/principles/ from the rules' own meta. Run after the build: `pnpm --filter @coproduce/principles docs:rules`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { builtinRules, renderRuleDocs } from '../dist/index.js'

const out = fileURLToPath(new URL('../../../docs/principles/', import.meta.url))
mkdirSync(out, { recursive: true })
const pages = renderRuleDocs(builtinRules)
for (const old of readdirSync(out)) if (old.endsWith('.md') && !(old in pages)) rmSync(out + old)
for (const [name, content] of Object.entries(pages)) writeFileSync(out + name, content)
console.log(`Wrote ${Object.keys(pages).length} pages to docs/principles/`)
