import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { actAs, nextEvent, textOf } from '../test-support/dom.js'
import { apiUrl, call, freshInitiative, staff } from '../test-support/api-calls.js'
import './index.js'

/* <cp-principles-report> against the real server, which runs the real principles engine. */
let ids: Awaited<ReturnType<typeof freshInitiative>>

beforeAll(async () => {
  ids = await freshInitiative('Co-produced mornings')
})

afterEach(() => {
  document.body.replaceChildren()
  actAs('')
})

function open(attrs: Record<string, string>) {
  const el = document.createElement('cp-principles-report')
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  return el
}

describe('<cp-principles-report> with the real server', () => {
  it('shows staff the engine’s report: every finding, by stage, the five scores and the ladder', async () => {
    const expected = await call<Report>(staff, 'GET', `/initiatives/${ids.initiative}/report?preset=strict`)
    const el = open({ endpoint: apiUrl, initiative: ids.initiative, preset: 'strict' })
    const loaded = nextEvent<{ report: Report }>(el, 'cp-load')
    document.body.append(el)
    const { detail } = await loaded
    await el.updateComplete
    expect(detail.report.preset).toBe('strict')
    expect(detail.report.findings.map((f) => f.ruleId).sort()).toEqual(expected.findings.map((f) => f.ruleId).sort())

    const root = el.shadowRoot!
    expect(textOf(el)).toContain('Co-production check: Co-produced mornings')
    expect(root.querySelectorAll('details')).toHaveLength(expected.findings.length)
    expect(root.querySelectorAll('[part=rung]')).toHaveLength(5)
    expect(root.querySelector(`[part=rung][data-rung="${expected.ladder.assessed}"] [part=assessed]`)).not.toBeNull()
    expect(root.querySelectorAll('table tbody tr')).toHaveLength(5)
    // Errors come first in each stage.
    for (const stage of root.querySelectorAll('[part=stage]')) {
      const kinds = [...stage.querySelectorAll('details')].map((d) => d.getAttribute('data-kind'))
      const firstOther = kinds.findIndex((k) => k !== 'fail-error')
      if (firstOther >= 0) expect(kinds.slice(firstOther)).not.toContain('fail-error')
    }
    await expectNoAxeViolations(el, 'real report')
  })

  it('shows a Welsh report in Welsh: the findings, what to do and the ladder’s reasons, and Urdu when lang changes', async () => {
    const english = await call<Report>(staff, 'GET', `/initiatives/${ids.initiative}/report`)
    const welsh = await call<Report>(staff, 'GET', `/initiatives/${ids.initiative}/report`, undefined, { 'accept-language': 'cy' })
    const el = open({ endpoint: apiUrl, initiative: ids.initiative, lang: 'cy' })
    const loaded = nextEvent<{ report: Report }>(el, 'cp-load')
    document.body.append(el)
    expect((await loaded).detail.report.lang).toBe('cy')
    await el.updateComplete
    const root = el.shadowRoot!
    const shown = [...root.querySelectorAll('details .message')].map((m) => m.textContent?.trim())
    expect(shown.sort()).toEqual(welsh.findings.map((f) => f.message).sort())
    for (const f of english.findings) expect(shown).not.toContain(f.message)
    const guidance = [...root.querySelectorAll('[part=guidance]')].map((g) => g.textContent?.trim())
    for (const f of english.findings) expect(guidance).not.toContain(f.guidance)
    const reasons = [...root.querySelectorAll('.reasons li')].map((li) => li.textContent?.trim())
    expect(reasons).toEqual(welsh.ladder.reasons)
    for (const reason of english.ladder.reasons) expect(reasons).not.toContain(reason)
    await expectNoAxeViolations(el, 'Welsh report')

    const urdu = await call<Report>(staff, 'GET', `/initiatives/${ids.initiative}/report?lang=ur`)
    const reloaded = nextEvent<{ report: Report }>(el, 'cp-load')
    el.setAttribute('lang', 'ur')
    expect((await reloaded).detail.report.lang).toBe('ur')
    await el.updateComplete
    expect([...root.querySelectorAll('.reasons li')].map((li) => li.textContent?.trim())).toEqual(urdu.ladder.reasons)
    await expectNoAxeViolations(el, 'Urdu report')
  })

  it('tells someone who is not staff, kindly, that only staff can see it', async () => {
    actAs(ids.sam)
    const el = open({ endpoint: apiUrl, initiative: ids.initiative })
    const failed = nextEvent<{ code: string; status: number }>(el, 'cp-error')
    document.body.append(el)
    expect((await failed).detail.status).toBe(403)
    await el.updateComplete
    expect(textOf(el)).toContain('Only staff can see this check.')
    await expectNoAxeViolations(el, 'forbidden')
  })
})
