import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as principles from './index.js'

/** Every module the main entry loads, following relative imports from `src/index.ts`. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const visit = (file: string) => {
    if (graph.has(file)) return
    const source = readFileSync(file, 'utf8')
    const specifiers = [...source.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '')
    graph.set(file, specifiers)
    for (const s of specifiers) if (s.startsWith('.')) visit(resolve(dirname(file), s.replace(/\.js$/, '.ts')))
  }
  visit(entry)
  return graph
}

describe('the main entry', () => {
  it('exports evaluate, the rules, the language check and the doc renderer', () => {
    expect(typeof principles.evaluate).toBe('function')
    expect(principles.builtinRules.length).toBeGreaterThanOrEqual(21)
    expect(typeof principles.checkLanguage).toBe('function')
    expect(typeof principles.renderRuleDocs).toBe('function')
  })

  it('loads no Node built-ins, so a browser (the report widget, the catalogue) can import it', () => {
    const graph = importGraph(fileURLToPath(new URL('./index.ts', import.meta.url)))
    expect(graph.size).toBeGreaterThan(20)
    const builtins = [...graph].flatMap(([file, specs]) =>
      specs.filter((s) => s.startsWith('node:') || ['fs', 'path', 'util'].includes(s)).map((s) => `${file}: ${s}`),
    )
    expect(builtins).toEqual([])
  })
})
