import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'

/** A file that could not be read or parsed. `lines` are ready to print, one problem per line. */
export class PlanFileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'))
  }
}

function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message)
  if (!m) return ''
  const before = text.slice(0, Number(m[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return ` at line ${line}, column ${column}`
}

/** Reads a plan written in JSON (`.json`) or YAML (`.yaml`, `.yml`, or anything else). */
export async function loadPlan(file: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new PlanFileError([`${file}: cannot read this file${code === 'ENOENT' ? ': it does not exist' : code ? ` (${code})` : ''}`])
  }
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text)
    } catch (error) {
      const message = (error as Error).message
      throw new PlanFileError([`${file}: this is not valid JSON${jsonPosition(text, message)}: ${message.replace(/ in JSON at position \d+.*$/, '')}`])
    }
  }
  try {
    return parseYaml(text)
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0]
      const first = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')
      throw new PlanFileError([`${file}: this is not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${first}`])
    }
    throw error
  }
}
