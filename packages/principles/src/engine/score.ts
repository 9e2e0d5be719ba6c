import { PRINCIPLES, type Finding, type Principle, type PrincipleScore, type Report } from '../types.js'

/** A score per principle: passes / (passes + fails), as a whole number from 0 to 100. */
export function scorePrinciples(findings: Finding[]): Record<Principle, PrincipleScore> {
  const scores = {} as Record<Principle, PrincipleScore>
  for (const p of PRINCIPLES) scores[p] = { score: 0, pass: 0, fail: 0, incomplete: 0 }
  for (const f of findings) {
    for (const p of f.principles) {
      const s = scores[p]
      if (f.outcome === 'pass') s.pass++
      else if (f.outcome === 'fail') s.fail++
      else if (f.outcome === 'incomplete') s.incomplete++
    }
  }
  for (const p of PRINCIPLES) {
    const s = scores[p]
    s.score = s.pass + s.fail === 0 ? 0 : Math.round((100 * s.pass) / (s.pass + s.fail))
  }
  return scores
}

/** Counts: `errors`, `warnings` and `infos` count failures at that severity. */
export function summarise(findings: Finding[]): Report['summary'] {
  const summary = { errors: 0, warnings: 0, infos: 0, passes: 0, incomplete: 0, inapplicable: 0 }
  for (const f of findings) {
    if (f.outcome === 'pass') summary.passes++
    else if (f.outcome === 'incomplete') summary.incomplete++
    else if (f.outcome === 'inapplicable') summary.inapplicable++
    else if (f.severity === 'error') summary.errors++
    else if (f.severity === 'warning') summary.warnings++
    else summary.infos++
  }
  return summary
}
