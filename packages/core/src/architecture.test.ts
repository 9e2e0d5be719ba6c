import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The core states ports; adapters fill them. So the code that ships may import only itself and zod
 * (and vitest and fast-check, for the conformance suite in `src/testing`). No DOM, no Node built-ins, no database drivers,
 * no HTTP frameworks. `tsconfig.json` has `lib: ["ES2022"]` and no types, so DOM or Node globals fail typecheck.
 */
const SRC = fileURLToPath(new URL('.', import.meta.url))

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name) ? [path] : []
  })

/** Every module specifier: static imports and re-exports, `import type`, dynamic `import()` and `require()`. */
const importSpecifiers = (code: string): string[] => {
  const found: string[] = []
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!)
  return found
}

const FORBIDDEN = [
  /^node:/,
  /^(fs|path|os|crypto|http|https|http2|net|tls|url|util|stream|child_process|worker_threads|buffer|events|zlib|dns|process)(\/|$)/,
  /^(pg|pg-.*|@electric-sql\/pglite|postgres|mysql2?|sqlite3|better-sqlite3|mongodb|mongoose|redis|ioredis|knex|kysely|drizzle-orm|@prisma\/client|typeorm|sequelize)(\/|$)/,
  /^(hono|express|fastify|koa|@hapi\/hapi|next|h3|undici|axios|node-fetch|@hono\/.*)(\/|$)/,
  /^(lit|lit-html|react|react-dom|jsdom|happy-dom|idb-keyval)(\/|$)/,
]

describe('architecture: core depends on nothing but zod', () => {
  const files = sourceFiles(SRC)

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(20)
    expect(importSpecifiers(`import { z } from 'zod'\nimport type { X } from "./x.js"\nexport * from './y.js'\nconst m = await import('pg')`)).toEqual([
      'zod',
      './x.js',
      './y.js',
      'pg',
    ])
  })

  it('imports no DOM, Node built-in, database driver or HTTP framework', () => {
    const problems: string[] = []
    for (const file of files) {
      const name = relative(SRC, file)
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        const relativeImport = specifier.startsWith('.')
        const allowed = relativeImport || specifier === 'zod' || ((specifier === 'vitest' || specifier === 'fast-check') && name.startsWith('testing'))
        if (!allowed || FORBIDDEN.some((re) => re.test(specifier))) problems.push(`${name} imports ${specifier}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('uses no browser or Node globals in shipped code', () => {
    const globals = /\b(?:window|document|navigator|localStorage|sessionStorage|HTMLElement|Buffer|__dirname)\b|\bprocess\.env\b|\brequire\(/
    const problems = files.filter((file) => globals.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
    expect(problems.map((file) => relative(SRC, file))).toEqual([])
  })

  it('keeps the typecheck free of DOM and Node types', () => {
    const tsconfig = JSON.parse(readFileSync(join(SRC, '..', 'tsconfig.json'), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] } }
    expect(tsconfig.compilerOptions.lib).toEqual(['ES2022'])
    expect(tsconfig.compilerOptions.types).toEqual([])
  })
})
