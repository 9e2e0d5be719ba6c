import axe from 'axe-core'

/** WCAG 2.2 AA, as the design asks. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

/** Run axe-core (in the real browser) against an element, or the whole document, and return the violations. */
export async function axeViolations(context: Element | Document = document): Promise<axe.Result[]> {
  const results = await axe.run(context as axe.ElementContext, {
    runOnly: { type: 'tag', values: [...WCAG_22_AA] },
    resultTypes: ['violations'],
  })
  return results.violations
}

/** Throw, with each rule and the nodes it failed on, when axe finds any WCAG 2.2 AA violation. */
export async function expectNoAxeViolations(context: Element | Document = document, state = ''): Promise<void> {
  const violations = await axeViolations(context)
  if (violations.length === 0) return
  const lines = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
  )
  throw new Error(`axe found ${violations.length} WCAG 2.2 AA violation(s)${state ? ` in state "${state}"` : ''}:\n${lines.join('\n')}`)
}
