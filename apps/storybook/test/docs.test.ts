import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LABELS } from '@coproduce/principles'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The guides in docs/ are checked here, with the catalogue: the catalogue is where people read about the widgets.
const repo = fileURLToPath(new URL('../../..', import.meta.url))
const docs = join(repo, 'docs')
const guides = readdirSync(docs).filter((f) => f.endsWith('.md'))
const read = (file: string) => readFileSync(file, 'utf8')

/** What a package's entry point exports, types included, read from its source with the TypeScript compiler. */
function exportsOf(entries: Record<string, string>): Record<string, Set<string>> {
  const program = ts.createProgram(Object.values(entries), {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: false,
  })
  const checker = program.getTypeChecker()
  return Object.fromEntries(
    Object.entries(entries).map(([name, file]) => {
      const source = program.getSourceFile(file)
      const symbol = source && checker.getSymbolAtLocation(source)
      return [name, new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : [])]
    }),
  )
}

describe('docs/api.md', () => {
  const api = read(join(docs, 'api.md'))
  // "## `@coproduce/core`" starts a package; "| `name` | …" rows name its exports.
  const documented: Record<string, string[]> = {}
  let current: string | undefined
  for (const line of api.split('\n')) {
    const heading = /^## `(@coproduce\/[a-z-]+)`/.exec(line)
    if (heading) current = heading[1]
    const row = /^\| `([A-Za-z_$][\w$]*)` \|/.exec(line)
    if (row && current) (documented[current] ??= []).push(row[1]!)
  }

  it('documents every package', () => {
    expect(Object.keys(documented).sort()).toEqual(
      [
        '@coproduce/core',
        '@coproduce/elements',
        '@coproduce/postgres',
        '@coproduce/principles',
        '@coproduce/react',
        '@coproduce/server',
      ].sort(),
    )
  })

  it('names only things the packages really export', () => {
    const entries = Object.fromEntries(
      Object.keys(documented).map((pkg) => [pkg, join(repo, 'packages', pkg.split('/')[1]!, 'src', 'index.ts')]),
    )
    const exported = exportsOf(entries)
    const missing = Object.entries(documented).flatMap(([pkg, names]) =>
      names.filter((name) => !exported[pkg]!.has(name)).map((name) => `${pkg}: ${name}`),
    )
    expect(missing).toEqual([])
  }, 120_000)
})

describe('the guides', () => {
  it('link only to files that exist', () => {
    const broken: string[] = []
    const files = [
      ...guides.map((f) => join(docs, f)),
      ...readdirSync(join(repo, 'examples')).map((e) => join(repo, 'examples', e, 'README.md')),
    ]
    for (const file of files.filter((f) => existsSync(f))) {
      for (const [, target] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#|\?)/.test(target!)) continue
        const path = resolve(dirname(file), target!.split('#')[0]!)
        if (!existsSync(path)) broken.push(`${file.slice(repo.length)} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('quote the briefing by sections that exist in it', () => {
    const briefing = read(join(docs, 'source', 'co-production-briefing.txt'))
    const sections = new Set<string>()
    for (const file of guides) for (const [, section] of read(join(docs, file)).matchAll(/— \*([^*]+)\*/g)) sections.add(section!)
    expect(sections.size).toBeGreaterThan(5)
    const missing = [...sections].filter((section) => !briefing.includes(section.split(':')[0]!.trim()))
    expect(missing).toEqual([])
  })

  it('list in writing.md only labels the language check really flags', () => {
    const writing = read(join(docs, 'writing.md'))
    const table = writing.slice(writing.indexOf('| instead of |'))
    const rows = [...table.matchAll(/^\| ([a-z][a-z -]+?) \|/gm)].map((m) => m[1]!).filter((t) => t !== 'instead of')
    expect(rows.length).toBeGreaterThan(5)
    const terms = new Set(LABELS.map((l: { term: string }) => l.term))
    expect(rows.filter((term) => !terms.has(term))).toEqual([])
  })
})
