import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../rules/index.js'
import { renderRuleDocs } from './render-rule-docs.js'

const docs = fileURLToPath(new URL('../../../../docs/principles/', import.meta.url))
const pages = renderRuleDocs(builtinRules)

describe('the generated rule pages in docs/principles', () => {
  it('are up to date with the rules (run `pnpm --filter @coproduce/principles docs:rules` if not)', () => {
    for (const [name, content] of Object.entries(pages)) expect(readFileSync(docs + name, 'utf8'), name).toBe(content)
  })

  it('have no page for a rule that no longer exists', () => {
    expect(
      readdirSync(docs)
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual(Object.keys(pages).sort())
  })

  it('give each rule what it checks, why (quoting the briefing), how to fix, and a passing and failing example', () => {
    const page = pages['neutral-venue.md'] ?? ''
    expect(page).toContain('## What it checks')
    expect(page).toContain('From the briefing, *Interactions: Co-production environments*:')
    expect(page).toContain('> Conducting co-production in a professional space')
    expect(page).toContain('## How to fix it')
    expect(page).toContain('## A plan that passes')
    expect(page).toContain('"Holbeck community centre" is a community place (1 session).')
    expect(page).toContain('"Civic Hall board room" is a professional space.')
  })

  it('include the ladder page, linked from the index, with every rung and its briefing passage', () => {
    for (const rung of ['## Consultation', '## Engagement', '## Co-design', '## Co-production', '## Limits'])
      expect(pages['ladder.md']).toContain(rung)
    expect(pages['README.md']).toContain('(ladder.md)')
  })

  it('link every rule from the index page', () => {
    for (const rule of builtinRules) expect(pages['README.md']).toContain(`[\`${rule.meta.id}\`](${rule.meta.id}.md)`)
  })
})
