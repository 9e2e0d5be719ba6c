import { evaluateParsed, parseSnapshot, type EvaluateOptions } from '../engine/evaluate.js'
import type { Finding, Rule } from '../types.js'

/** Run one rule on a snapshot and return its findings. The snapshot is parsed as `evaluate` would. */
export function runRule(rule: Rule, snapshotInput: unknown, options: Omit<EvaluateOptions, 'plugins' | 'rules'> = {}): Finding[] {
  const snapshot = parseSnapshot(snapshotInput)
  return evaluateParsed(snapshot, [rule], { now: '2026-06-01T12:00:00Z', ...options }).findings
}
