import { describe, expect, it } from 'vitest'
import { BUDGETS, KB, measurePackage } from '../scripts/measure-size.mjs'

/**
 * The design's size budget, min+gzip with Lit: each widget alone within 12 kB, all four within 20 kB. Each
 * published entry point in `dist` is bundled as a host's bundler would (esbuild) for a page that imports it, and
 * what that page downloads before the widget shows is gzipped (`scripts/measure-size.mjs`; `pnpm size` prints the
 * same figures, and the parts loaded later). Not counted: parts a page loads only when needed — other languages,
 * the picture and recording part, and what runs once a person acts (sending feedback, recording a choice,
 * printing a receipt), fetched when they first move into the widget. Run after `pnpm build`: this test builds
 * nothing.
 */
const rows = await measurePackage()
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} kB`

describe('bundle size (min+gzip, with Lit, of the published entry points)', () => {
  it.each(rows)('$name is within its budget and holds no zod', (row) => {
    expect(row.entry, `${row.name} is ${kb(row.entry)}; its budget is ${kb(row.budget)}`).toBeLessThanOrEqual(row.budget)
    expect(row.zod, `${row.name} bundles zod`).toBe(false)
  })

  it('counts a widget with Lit: each is within 12 kB and all four within 20 kB by design', () => {
    expect(BUDGETS).toEqual({ widget: 12 * KB, all: 20 * KB, staff: 16 * KB })
    // The four (the report is a staff widget: 16 kB), <cp-decision>, <cp-agreement> and <cp-my-involvement>
    // (12 kB each), the other staff widgets (16 kB each), then the four together.
    expect(rows.map((row) => row.budget)).toEqual([12, 12, 12, 16, 12, 12, 12, 16, 16, 16, 16, 16, 16, 16, 20].map((n) => n * KB))
    expect(rows.slice(7, 14).map((row) => row.name)).toEqual(
      ['feedback-inbox', 'update-editor', 'sessions', 'payments', 'plan-check', 'members', 'decisions'].map(
        (w) => `@coproduce/elements/${w}`,
      ),
    )
  })

  it('measures Lit too: every entry is bigger than Lit alone', () => {
    // A guard against measuring the wrong thing (say, with Lit left out): Lit alone is about 5.8 kB.
    for (const row of rows) expect(row.entry, row.name).toBeGreaterThan(5.5 * KB)
  })
})
