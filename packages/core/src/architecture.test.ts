import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The core states ports; adapters fill them. What it may import (itself and zod; vitest and fast-check in
 * `src/testing`) is a dependency-cruiser rule in `.dependency-cruiser.cjs`, run by `pnpm lint`. Here: no DOM
 * or Node globals, which imports cannot show. `tsconfig.json` has `lib: ["ES2022"]` and no types, so DOM or
 * Node globals also fail typecheck.
 */
const SRC = fileURLToPath(new URL('.', import.meta.url))

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path)
    return /\.ts$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name) ? [path] : []
  })

describe('architecture: core uses no DOM or Node globals', () => {
  const files = sourceFiles(SRC)

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it('uses no browser or Node globals in shipped code', () => {
    const globals =
      /\b(?:window|document|navigator|localStorage|sessionStorage|HTMLElement|Buffer|__dirname)\b|\bprocess\.env\b|\brequire\(/
    const problems = files.filter((file) => globals.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
    expect(problems.map((file) => relative(SRC, file))).toEqual([])
  })

  it('keeps the typecheck free of DOM and Node types', () => {
    const tsconfig = JSON.parse(readFileSync(join(SRC, '..', 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] }
    }
    expect(tsconfig.compilerOptions.lib).toEqual(['ES2022'])
    expect(tsconfig.compilerOptions.types).toEqual([])
  })
})
