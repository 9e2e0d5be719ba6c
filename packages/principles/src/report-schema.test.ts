import { describe, expect, it } from 'vitest'
import { evaluate } from './engine/evaluate.js'
import { ReportSchema } from './report-schema.js'
import { plan } from './rules/example.js'

describe('ReportSchema, the one written shape of a report', () => {
  it('describes exactly what evaluate returns: parsing a report keeps every field and adds none', () => {
    for (const preset of ['recommended', 'strict'] as const) {
      const report = evaluate(plan(), { preset })
      expect(ReportSchema.parse(report)).toEqual(report)
    }
  })

  it('refuses a report missing a principle’s score', () => {
    const report = evaluate(plan())
    const { safety: _left, ...principles } = report.principles
    expect(ReportSchema.safeParse({ ...report, principles }).success).toBe(false)
  })
})
