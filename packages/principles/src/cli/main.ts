import { isCoproduceError } from '@coproduce/core'
import { parseArgs } from 'node:util'
import { evaluate } from '../engine/evaluate.js'
import { PRESET_NAMES, type PresetName } from '../engine/presets.js'
import { LOCALES, type Locale } from '../messages/types.js'
import { builtinRules } from '../rules/index.js'
import { SEVERITIES, type Report, type SeveritySetting } from '../types.js'
import { formatMarkdown, rulesMarkdown } from './format-markdown.js'
import { formatPretty } from './format-pretty.js'
import { loadPlan, PlanFileError } from './load-plan.js'
import { formatPath } from './paths.js'

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
}

export const EXIT = { ok: 0, errors: 1, invalid: 2 } as const

const FORMATS = ['pretty', 'json', 'markdown'] as const
type Format = (typeof FORMATS)[number]

export const HELP = `coproduce: check a co-production plan against the trauma-informed principles

Usage:
  coproduce check <plan.json|plan.yaml>... [options]
  coproduce rules [--format pretty|json|markdown]
  coproduce --help

Options for check:
  --format pretty|json|markdown   how to print the report (default pretty)
  --preset recommended|strict     which preset to use (default recommended)
  --rule id=severity              change one rule: error, warning, info or off (repeat for more)
  --lang en|cy|ur                 the language of the report: English (default), Welsh or Urdu

Exit status:
  0  no errors found
  1  errors found
  2  the plan or the command could not be read (each problem is printed with where it is)
`

class UsageError extends Error {}

function parseRules(values: string[] | undefined): Record<string, SeveritySetting> {
  const ids = new Set(builtinRules.map((r) => r.meta.id))
  const out: Record<string, SeveritySetting> = {}
  for (const value of values ?? []) {
    const [id = '', severity = ''] = value.split('=', 2)
    if (!ids.has(id)) throw new UsageError(`--rule ${value}: there is no rule called "${id}". Run "coproduce rules" to see them.`)
    if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity))
      throw new UsageError(`--rule ${value}: give a severity after "=": error, warning, info or off.`)
    out[id] = severity as SeveritySetting
  }
  return out
}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} ${value}: choose ${allowed.join(', ')}.`)
  return value as T
}

async function check(
  files: string[],
  format: Format,
  { preset, rules, locale }: { preset: PresetName; rules: Record<string, SeveritySetting>; locale: Locale },
  io: Io,
): Promise<number> {
  if (files.length === 0) throw new UsageError('Give a plan file to check, e.g. coproduce check plan.yaml')
  let invalid = false
  let errors = false
  const reports: Report[] = []
  for (const [n, file] of files.entries()) {
    if (files.length > 1) io.stderr(`Checking ${n + 1} of ${files.length}: ${file}\n`)
    let report: Report
    try {
      report = evaluate(await loadPlan(file), { preset, rules, locale })
    } catch (error) {
      invalid = true
      if (error instanceof PlanFileError) io.stderr(`${error.lines.join('\n')}\n`)
      else if (isCoproduceError(error)) io.stderr(`${error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`).join('\n')}\n`)
      else throw error
      continue
    }
    if (report.summary.errors > 0) errors = true
    if (format === 'json') reports.push(report)
    else io.stdout((format === 'markdown' ? formatMarkdown : formatPretty)(report, file, locale) + (n < files.length - 1 ? '\n' : ''))
  }
  if (format === 'json' && reports.length) io.stdout(`${JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2)}\n`)
  return invalid ? EXIT.invalid : errors ? EXIT.errors : EXIT.ok
}

function listRules(format: Format, io: Io): number {
  if (format === 'markdown') io.stdout(rulesMarkdown(builtinRules))
  else if (format === 'json')
    io.stdout(
      `${JSON.stringify(
        builtinRules.map((r) => r.meta),
        null,
        2,
      )}\n`,
    )
  else {
    const width = Math.max(...builtinRules.map((r) => r.meta.id.length))
    for (const r of builtinRules)
      io.stdout(`${r.meta.id.padEnd(width)}  ${r.meta.stage.padEnd(12)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n`)
  }
  return EXIT.ok
}

/** Runs the `coproduce` command with its arguments. Returns the exit status; never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        preset: { type: 'string' },
        lang: { type: 'string' },
        rule: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    })
    const [command, ...rest] = positionals
    if (values.help || command === 'help') {
      io.stdout(HELP)
      return EXIT.ok
    }
    const format = pick('format', values.format, FORMATS, 'pretty')
    if (command === 'check') {
      const preset = pick('preset', values.preset, PRESET_NAMES, 'recommended')
      const locale = pick('lang', values.lang, LOCALES, 'en')
      return await check(rest, format, { preset, rules: parseRules(values.rule), locale }, io)
    }
    if (command === 'rules') {
      if (rest.length) throw new UsageError(`"coproduce rules" takes no files (got ${rest.join(' ')}).`)
      return listRules(format, io)
    }
    throw new UsageError(command ? `"${command}" is not a command. Use check or rules.` : 'Say what to do: check or rules.')
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? (error as Error).message.split('\n')[0]
          : undefined
    if (message === undefined) throw error
    io.stderr(`coproduce: ${message}\nRun "coproduce --help" to see how to use it.\n`)
    return EXIT.invalid
  }
}
