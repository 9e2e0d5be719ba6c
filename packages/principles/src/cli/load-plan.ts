import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { LineCounter, parseDocument, visit, type Document } from 'yaml'

/** A file that could not be read or parsed. `lines` are ready to print, one problem per line. */
export class PlanFileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'))
  }
}

/** Plans larger than this are refused before they are read: a real plan is far smaller. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024
/**
 * How many times a YAML file may reuse anchors (`*venue`). Real plans reuse one venue for every session, so the
 * limit is high; it still stops a file built to expand into billions of values.
 */
export const MAX_YAML_ALIASES = 100_000

function position(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return ` at line ${line}, column ${column}`
}

function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message)
  if (m) return position(text, Number(m[1]))
  return /end of JSON input/.test(message) ? position(text, text.trimEnd().length) : ''
}

const EMPTY = (file: string) =>
  `${file}: the file is empty. A plan needs at least an initiative, for example:\n  initiative:\n    id: drop-in-hours\n    title: Drop-in hours\n    purpose: Make the drop-in better together`

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    throw new PlanFileError([
      `${file}: this is not valid JSON${jsonPosition(text, message)}: ${message.replace(/ in JSON at position \d+.*$/s, '')}`,
    ])
  }
}

function firstAlias(doc: Document, lines: LineCounter): string {
  let at = ''
  visit(doc, {
    Alias(_key, node) {
      const pos = node.range ? lines.linePos(node.range[0]) : undefined
      if (pos) at = ` at line ${pos.line}, column ${pos.col}`
      return visit.BREAK
    },
  })
  return at
}

function parseYaml(file: string, text: string): unknown {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true })
  const problem = doc.errors[0]
  if (problem) {
    const pos = problem.linePos?.[0]
    const first = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')
    throw new PlanFileError([`${file}: this is not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${first}`])
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const aliasing = /alias/i.test(message)
    throw new PlanFileError([
      aliasing
        ? `${file}: this YAML reuses its anchors (*name) too many times to read safely${firstAlias(doc, lines)}: more than ${MAX_YAML_ALIASES.toLocaleString('en-GB')} values would be made. Write the repeated part out, or reuse it less.`
        : `${file}: this YAML cannot be read${firstAlias(doc, lines)}: ${message.split('\n')[0]}`,
    ])
  }
}

/** Reads a plan written in JSON (`.json`) or YAML (`.yaml`, `.yml`, or anything else). */
export async function loadPlan(file: string): Promise<unknown> {
  let text: string
  try {
    const info = await stat(file)
    if (info.isDirectory()) throw new PlanFileError([`${file}: this is a folder. Give a plan file, such as plan.yaml.`])
    if (info.size > MAX_PLAN_BYTES)
      throw new PlanFileError([
        `${file}: this file is ${Math.round(info.size / 1024 / 1024)} MB. A plan can be at most ${MAX_PLAN_BYTES / 1024 / 1024} MB.`,
      ])
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof PlanFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new PlanFileError([`${file}: cannot read this file${code === 'ENOENT' ? ': it does not exist' : code ? ` (${code})` : ''}`])
  }
  text = text.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new PlanFileError([EMPTY(file)])
  const value = extname(file).toLowerCase() === '.json' ? parseJson(file, text) : parseYaml(file, text)
  if (value === null || value === undefined) throw new PlanFileError([EMPTY(file)])
  return value
}
