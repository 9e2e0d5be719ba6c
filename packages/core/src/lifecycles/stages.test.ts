import { describe, expect, it } from 'vitest'
import { currentStage, defaultStages, startsWithRelationships } from './stages.js'

describe('stages', () => {
  it('defaults to the Poverty Truth Commission stages, starting with getting to know each other', () => {
    const stages = defaultStages()
    expect(stages.map((s) => s.name)).toEqual(['engagement', 'exploration', 'experimentation', 'embedding'])
    expect(startsWithRelationships(stages)).toBe(true)
    stages[0]!.name = 'changed'
    expect(defaultStages()[0]!.name).toBe('engagement')
  })

  it('finds the stage that has started most recently', () => {
    const stages = [
      { name: 'engagement', start: '2026-01-01' },
      { name: 'exploration', start: '2026-04-01' },
      { name: 'experimentation', start: '2026-07-01' },
    ]
    expect(currentStage(stages, new Date('2026-05-01T00:00:00Z'))?.name).toBe('exploration')
    expect(currentStage(stages, new Date('2025-12-01T00:00:00Z'))?.name).toBe('engagement')
    expect(currentStage([], new Date())).toBeUndefined()
  })
})
