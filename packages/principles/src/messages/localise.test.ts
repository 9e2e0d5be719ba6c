/**
 * Every fixture plan, and every rule's own examples, evaluated in Welsh and Urdu: no finding, guidance or ladder
 * reason is left in English, the plan's own words are kept as written, and every phrase a message uses exists.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadPlan } from '../cli/load-plan.js'
import { evaluate } from '../engine/evaluate.js'
import type { Report } from '../report-schema.js'
import { builtinRules } from '../rules/index.js'
import { COMMON } from './common.js'
import { LADDER_MESSAGES } from './ladder.js'
import { localiseReport } from './localise.js'
import type { MessageData, MessageValue } from './types.js'

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const files = readdirSync(fixtures).filter((f) => /\.(ya?ml|json)$/.test(f))
const NOW = '2026-06-01T12:00:00Z'

/** Plans to check: the fixtures and every rule's pass and fail examples. */
async function plans(): Promise<[string, unknown][]> {
  const out: [string, unknown][] = []
  for (const f of files) out.push([f, await loadPlan(`${fixtures}${f}`)])
  for (const r of builtinRules) {
    out.push([`${r.meta.id} pass example`, r.meta.examples.pass])
    out.push([`${r.meta.id} fail example`, r.meta.examples.fail])
  }
  return out
}

/** The plan's own words inside a message's data (they stay as written), and the phrases it refers to. */
function walk(data: MessageData | undefined, words: string[], refs: string[]): void {
  const visit = (v: MessageValue): void => {
    if (typeof v === 'string') words.push(v)
    else if (typeof v === 'object' && 'list' in v) v.list.forEach(visit)
    else if (typeof v === 'object' && 'date' in v)
      return // a day, written in the language
    else if (typeof v === 'object') {
      refs.push(v.id)
      walk(v.data, words, refs)
    }
  }
  for (const v of Object.values(data ?? {})) visit(v)
}

// Common English words that are not Welsh or Urdu words: none may be left once the plan's own words are taken out.
const ENGLISH = /\b(the|and|is|are|not|plan|session|sessions|people|with|work|yet|who|what|of|to)\b/i
const leftover = (text: string, own: string[]): string | undefined => {
  let rest = text.replace(/`[^`]*`/g, ' ')
  for (const w of [...own].sort((a, b) => b.length - a.length)) if (w) rest = rest.split(w).join(' ')
  return ENGLISH.exec(rest)?.[0]
}

const reports: [string, Report][] = []
for (const [name, plan] of await plans()) reports.push([name, evaluate(plan, { now: NOW })])

describe('the English report', () => {
  it.each(reports)('%s: every message and phrase it uses exists', (_name, report) => {
    for (const f of report.findings) {
      const rule = builtinRules.find((r) => r.meta.id === f.ruleId)
      expect(f.messageId && rule?.meta.messages?.[f.messageId], `${f.ruleId}/${f.messageId}`).toBeTruthy()
      const refs: string[] = []
      walk(f.data, [], refs)
      for (const id of refs)
        expect(id.includes('/') ? (COMMON[id] ?? LADDER_MESSAGES[id]) : rule?.meta.messages?.[id], `${f.ruleId}: ${id}`).toBeDefined()
    }
    expect(report.ladder.reasonMessages?.length).toBe(report.ladder.reasons.length)
  })
})

describe.each(['cy', 'ur'] as const)('a report in %s', (locale) => {
  it.each(reports)('%s: no finding, guidance or ladder reason is left in English', (_name, english) => {
    const report = localiseReport(english, locale)
    expect(report.lang).toBe(locale)
    report.findings.forEach((f, i) => {
      const en = english.findings[i]
      const own: string[] = []
      walk(f.data, own, [])
      expect(f.message, `${f.ruleId}/${f.messageId}`).not.toBe(en?.message)
      expect(leftover(f.message, own), `${f.ruleId}/${f.messageId}: ${f.message}`).toBeUndefined()
      expect(f.guidance).not.toBe(en?.guidance)
      expect(leftover(f.guidance, []), `${f.ruleId}/guidance: ${f.guidance}`).toBeUndefined()
      // The plan's own words are inserted as they are.
      for (const w of own.filter((x) => !/^\d/.test(x))) expect(f.message, `${f.ruleId}: "${w}"`).toContain(w)
      // The places are named in the language too: "sesiwn 3", not "session 3". Titles and names stay as written.
      expect(f.places?.length, `${f.ruleId}: places`).toBe(en?.places?.length)
      if (f.places) expect(f.placeMessages?.length, `${f.ruleId}: places by message`).toBe(f.places.length)
      const ownPlaces: string[] = []
      walk(Object.fromEntries((f.placeMessages ?? []).map((v, k) => [k, v])), ownPlaces, [])
      for (const place of f.places ?? []) expect(leftover(place, ownPlaces), `${f.ruleId} place: ${place}`).toBeUndefined()
    })
    report.ladder.reasons.forEach((reason, i) => {
      expect(reason).not.toBe(english.ladder.reasons[i])
      expect(leftover(reason, []), reason).toBeUndefined()
    })
  })
})

describe('localiseReport', () => {
  const [, english] = reports.find(([name]) => name === 'rushed-council-consultation.yaml') ?? reports[0] ?? []
  it('leaves the English report as it was, and keeps ids and data', () => {
    if (!english) throw new Error('no report')
    const before = JSON.stringify(english)
    const welsh = localiseReport(english, 'cy')
    expect(JSON.stringify(english)).toBe(before)
    expect(welsh.findings.map((f) => [f.ruleId, f.messageId, f.data])).toEqual(english.findings.map((f) => [f.ruleId, f.messageId, f.data]))
    expect(localiseReport(english, 'en')).toBe(english)
  })

  it('is what evaluate gives with a locale', async () => {
    const plan = await loadPlan(`${fixtures}rushed-council-consultation.yaml`)
    expect(evaluate(plan, { now: NOW, locale: 'ur' })).toEqual(localiseReport(evaluate(plan, { now: NOW }), 'ur'))
  })

  it('keeps a plugin rule’s English, which no catalogue has', () => {
    if (!english) throw new Error('no report')
    const finding = { ...english.findings[0], ruleId: 'acme/own-rule', messageId: 'x', message: 'Own words.' } as Report['findings'][number]
    const out = localiseReport({ ...english, findings: [finding] }, 'cy')
    expect(out.findings[0]?.message).toBe('Own words.')
  })
})
