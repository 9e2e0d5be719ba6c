import { CoproduceError, type CoproducePlugin, type FieldIssue, type InitiativeSnapshot } from '@coproduce/core'
import { parsePlan } from '../input/parse-plan.js'
import { builtinRules } from '../rules/index.js'
import {
  SEVERITIES,
  type Finding,
  type LivingWage,
  type Report,
  type Rule,
  type RuleContext,
  type RuleResult,
  type Severity,
  type SeveritySetting,
} from '../types.js'
import { assessLadder } from './ladder.js'
import { pluginRules } from './plugin-rules.js'
import { PRESETS, PRESET_NAMES, type PresetName } from './presets.js'
import { scorePrinciples, summarise } from './score.js'
import { buildIndex, toTime } from './snapshot-index.js'
import { englishMessage, englishValue } from '../messages/english.js'
import { localiseReport } from '../messages/localise.js'
import type { Locale } from '../messages/types.js'

/** The UK Real Living Wage for 2025-26, outside London. */
export const DEFAULT_LIVING_WAGE: LivingWage = { hourlyRate: 13.45, currency: 'GBP' }
export const DEFAULT_READING_AGE = 9

export interface EvaluateOptions {
  /** `recommended` (default) or `strict`. */
  preset?: PresetName
  /** Change a rule's severity, or turn it `off`. */
  rules?: Record<string, SeveritySetting>
  /** Plugins made with `definePlugin`; their `rules` join the run. */
  plugins?: readonly Pick<CoproducePlugin, 'name' | 'rules'>[]
  /** The moment to judge at, when the snapshot has no `asOf`. Defaults to the clock. */
  now?: Date | string
  /** Pay at or above this counts as fair. Defaults to £13.45 an hour. */
  livingWage?: LivingWage
  /** Target reading age for the plain language check. Defaults to 9. */
  readingAge?: number
  /**
   * The snapshot was already parsed, e.g. by the store (`coproduction.initiatives.snapshot`) or by `parseSnapshot`:
   * skip the second parse. Only pass a value typed `InitiativeSnapshot` that came from a parse.
   */
  validated?: boolean
  /**
   * The language of the report's words: `en` (default), `cy` (Welsh) or `ur` (Urdu). Findings keep their
   * `messageId` and `data` in every language; `localiseReport` turns an English report into another language.
   */
  locale?: Locale
}

const rulesByPlugins = new WeakMap<NonNullable<EvaluateOptions['plugins']>, Rule[]>()

/** Every rule the engine knows: the built-in ones and those from the plugins given. Checked once per plugins list. */
export function allRules(plugins: EvaluateOptions['plugins'] = []): Rule[] {
  const known = rulesByPlugins.get(plugins)
  if (known) return known
  const rules = [...builtinRules, ...pluginRules(plugins)]
  const seen = new Set<string>()
  const issues: FieldIssue[] = []
  for (const rule of rules) {
    if (seen.has(rule.meta.id)) issues.push({ path: ['plugins'], message: `Two rules are called ${rule.meta.id}` })
    seen.add(rule.meta.id)
  }
  if (issues.length) throw new CoproduceError('validation', 'Rule names must be different', issues)
  rulesByPlugins.set(plugins, rules)
  return rules
}

function checkOptions(options: EvaluateOptions, rules: readonly Rule[]): void {
  const issues: FieldIssue[] = []
  if (options.preset !== undefined && !(PRESET_NAMES as string[]).includes(options.preset))
    issues.push({ path: ['preset'], message: `Choose a preset: ${PRESET_NAMES.join(' or ')}` })
  const settings = options.rules ? Object.entries(options.rules) : []
  const ids = settings.length ? new Set(rules.map((r) => r.meta.id)) : undefined
  for (const [id, setting] of settings) {
    if (!ids?.has(id)) issues.push({ path: ['rules', id], message: `There is no rule called ${id}` })
    else if (setting !== 'off' && !(SEVERITIES as readonly string[]).includes(setting))
      issues.push({ path: ['rules', id], message: 'Choose error, warning, info or off' })
  }
  const wage = options.livingWage
  if (wage && (!(wage.hourlyRate >= 0) || !/^[A-Z]{3}$/.test(wage.currency)))
    issues.push({ path: ['livingWage'], message: 'Give an hourly rate of 0 or more and a three-letter currency code' })
  if (options.now !== undefined && Number.isNaN(new Date(options.now).getTime()))
    issues.push({ path: ['now'], message: 'Give a date, such as 2026-05-03' })
  if (issues.length) throw new CoproduceError('validation', 'Some options need checking', issues)
}

/**
 * Parse a snapshot (a plan) or throw a `validation` error with one issue per field, in plain words with an
 * example: unknown keys (with "Did you mean …?"), wrong values, and facts that do not fit together.
 */
export function parseSnapshot(input: unknown): InitiativeSnapshot {
  return parsePlan(input)
}

function nowOf(snapshot: InitiativeSnapshot, options: EvaluateOptions): Date {
  if (snapshot.asOf) {
    const asOf = toTime(snapshot.asOf)
    if (asOf !== undefined) return new Date(asOf)
    throw new CoproduceError('validation', 'Some answers need checking', [{ path: ['asOf'], message: 'Give a date, such as 2026-05-03' }])
  }
  return options.now !== undefined ? new Date(options.now) : new Date()
}

function run(rule: Rule, snapshot: InitiativeSnapshot, ctx: RuleContext): RuleResult | RuleResult[] {
  try {
    return rule.check(snapshot, ctx)
  } catch (error) {
    return {
      outcome: 'incomplete',
      message: `This rule could not run: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}

/** A rule's result as a finding of the report. */
function toFinding(rule: Rule, severity: Severity, result: RuleResult): Finding {
  const { id, principles, stage, guidance, source } = rule.meta
  const finding: Finding = {
    ruleId: id,
    outcome: result.outcome,
    severity,
    principles,
    stage,
    path: result.path ?? rule.meta.path ?? 'initiative',
    message: result.message ?? englishMessage(rule, result.messageId, result.data),
    guidance,
    source,
    basis: result.basis ?? (result.outcome === 'incomplete' ? 'none' : 'statement'),
  }
  if (result.messageId) finding.messageId = result.messageId
  if (result.data) finding.data = result.data
  if (result.places?.length) {
    finding.places = result.places.map(englishValue)
    finding.placeMessages = result.places
  }
  return finding
}

/**
 * Check an initiative snapshot (a plan) against the principles.
 * Throws a `validation` CoproduceError, with the path of each bad field, when the snapshot or options do not parse.
 */
export function evaluate(snapshotInput: unknown, options: EvaluateOptions = {}): Report {
  const rules = options.plugins?.length ? allRules(options.plugins) : builtinRules
  checkOptions(options, rules)
  const snapshot = options.validated ? (snapshotInput as InitiativeSnapshot) : parseSnapshot(snapshotInput)
  const report = evaluateParsed(snapshot, rules, options)
  return options.locale && options.locale !== 'en' ? localiseReport(report, options.locale) : report
}

/** Evaluate a snapshot that is already parsed, with the rules given. */
export function evaluateParsed(snapshot: InitiativeSnapshot, rules: readonly Rule[], options: EvaluateOptions = {}): Report {
  const presetName: PresetName = options.preset ?? 'recommended'
  const preset = PRESETS[presetName]
  const livingWage = options.livingWage ?? DEFAULT_LIVING_WAGE
  const now = nowOf(snapshot, options)
  const index = buildIndex(snapshot)
  const ladder = assessLadder(snapshot, index, livingWage, now)
  const ctx: RuleContext = { now, livingWage, readingAge: options.readingAge ?? DEFAULT_READING_AGE, index, ladder }
  const overrides = options.rules

  const findings: Finding[] = []
  for (const rule of rules) {
    const setting = overrides ? overrides[rule.meta.id] : undefined
    if (setting === 'off') continue
    const severity: Severity = setting ?? preset.severity(rule.meta)
    const out = run(rule, snapshot, ctx)
    if (Array.isArray(out)) for (const result of out) findings.push(toFinding(rule, severity, result))
    else findings.push(toFinding(rule, severity, out))
  }

  return {
    initiativeId: snapshot.initiative.id,
    title: snapshot.initiative.title,
    evaluatedAt: now.toISOString(),
    preset: presetName,
    findings,
    principles: scorePrinciples(findings),
    summary: summarise(findings),
    ladder,
  }
}
