import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { ClientError, OfflineError, type CoproduceClient } from '../shared/client.js'
import type { Finding, Report } from '../shared/types.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { assertNothingExecuted, dangerousElementsIn, linksIn, trapDialogs, XSS_PAYLOADS } from '../test-support/xss-payloads.js'
import { exampleReport } from './fixtures.js'
import './index.js'
import type { CpPrinciplesReport } from './principles-report.js'

function clientWith(getReport: CoproduceClient['getReport']): CoproduceClient {
  const unused = () => Promise.reject(new Error('not used in this test'))
  return {
    getReport,
    getUpdates: unused,
    getConsentPurposes: unused,
    submitFeedback: unused,
    getConsents: unused,
    decideConsent: unused,
    getReceipt: unused,
  }
}

async function mount(props: Partial<CpPrinciplesReport> = {}, attrs: Record<string, string> = {}) {
  const el = document.createElement('cp-principles-report')
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  Object.assign(el, props)
  document.body.append(el)
  await el.updateComplete
  return el
}

const root = (el: CpPrinciplesReport) => el.shadowRoot!
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim()
const rung = (el: CpPrinciplesReport, name: string) => root(el).querySelector(`[part=rung][data-rung="${name}"]`)!

afterEach(() => {
  document.body.replaceChildren()
})

describe('<cp-principles-report> the ladder', () => {
  it('draws the five rungs, highest first, marks claimed and assessed in words, and names tokenism when assessed is lower', async () => {
    const el = await mount({ report: exampleReport() })
    const rungs = [...root(el).querySelectorAll('[part=rung] .rung-name')].map(text)
    expect(rungs).toEqual(['Co-production', 'Co-design', 'Engagement', 'Consultation', 'Informing'])
    expect(root(el).querySelector('ol.ladder')!.hasAttribute('reversed')).toBe(true)
    expect(text(rung(el, 'co-production'))).toBe('Co-production You call it this')
    expect(text(rung(el, 'consultation'))).toBe('Consultation What you do fits here')
    expect(text(rung(el, 'engagement'))).toBe('Engagement')
    const verdict = text(root(el).querySelector('[part=verdict]')!)
    expect(verdict).toContain('You call this work Co-production, but what you do now fits Consultation.')
    expect(verdict).toContain('is tokenism')
    expect(text(root(el).querySelector('.reasons')!)).toBe('People are asked for their views, but decisions are made without them.')
    await expectNoAxeViolations(el, 'filled')
  })

  it('says plainly when what is done fits what it is called, or when nothing is claimed', async () => {
    const el = await mount({
      report: exampleReport({
        ladder: { claimed: 'co-design', assessed: 'co-design', possible: 'co-design', basis: 'record', reasons: [] },
      }),
    })
    expect(text(root(el).querySelector('[part=verdict]')!)).toBe('What you do fits what you call it: Co-design.')
    expect(text(rung(el, 'co-design'))).toBe('Co-design You call it this What you do fits here')
    expect(text(root(el))).not.toContain('tokenism')

    el.report = exampleReport({ ladder: { claimed: null, assessed: 'engagement', possible: 'engagement', basis: 'record', reasons: [] } })
    await el.updateComplete
    expect(text(root(el).querySelector('[part=verdict]')!)).toBe(
      'What you do now fits Engagement. You have not said what you call this work.',
    )
    expect(root(el).querySelector('[part=claimed]')).toBeNull()
  })
})

describe('<cp-principles-report> the principle scores', () => {
  it('is an image named by its heading, with SVG bars sized by score, and a real table with the same numbers', async () => {
    const el = await mount({ report: exampleReport() })
    const chart = root(el).querySelector('.chart')!
    expect(chart.getAttribute('role')).toBe('img')
    const name = chart
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => text(root(el).getElementById(id)!))
      .join(' ')
    expect(name).toBe('How well each principle is met A bar for each principle, from 0 (not met yet) to 100 (fully met).')
    const widths = [...chart.querySelectorAll('rect.fill')].map((r) => r.getAttribute('width'))
    expect(widths).toEqual(['50%', '100%', '0%', '0%', '75%'])
    expect([...chart.querySelectorAll('.bar-label')].map(text)).toEqual([
      'Trust and being open',
      'Safety',
      'Working together',
      'Voice and choice',
      'Understanding culture, history and gender',
    ])
    await expect.element(page.elementLocator(el).getByRole('img')).toBeInTheDocument()

    const rows = [...root(el).querySelectorAll('table tbody tr')].map((row) => [...row.children].map(text))
    expect(rows).toEqual([
      ['Trust and being open', '50', '1', '1', '0'],
      ['Safety', '100', '1', '0', '0'],
      ['Working together', '0', '0', '2', '1'],
      ['Voice and choice', '0', '0', '1', '0'],
      ['Understanding culture, history and gender', '75', '3', '1', '0'],
    ])
    expect(text(root(el).querySelector('table caption')!)).toBe('How well each principle is met')
    expect([...root(el).querySelectorAll('table thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true)
  })

  it('grows the bars from the right in right-to-left', async () => {
    const el = await mount({ report: exampleReport() }, { lang: 'ur' })
    const fill = root(el).querySelectorAll('rect.fill')[0]!
    const track = root(el).querySelectorAll('rect.track')[0]!
    const f = fill.getBoundingClientRect()
    const tr = track.getBoundingClientRect()
    expect(Math.abs(f.right - tr.right)).toBeLessThan(1)
    expect(f.width).toBeCloseTo(tr.width / 2, 0)
  })
})

describe('<cp-principles-report> findings', () => {
  it('groups findings by stage in order, errors first, with outcome, message, guidance, principles, where and source', async () => {
    const el = await mount({ report: exampleReport() })
    const stages = [...root(el).querySelectorAll('[part=stage]')]
    expect(stages.map((s) => text(s.querySelector('[role=heading]')!))).toEqual([
      'Foundations (3 findings)',
      'Interactions (1 finding)',
      'Actions (1 finding)',
      'Readiness (0 findings)',
    ])
    const foundations = [...stages[0]!.querySelectorAll('details')]
    expect(foundations.map((d) => text(d.querySelector('summary')!))).toEqual([
      'Must fix Nobody has reflected on power yet.',
      'Should fix The outcomes were fixed before anyone was asked.',
      'Not enough to judge We cannot tell if the aims were agreed together.',
    ])
    expect(text(stages[1]!.querySelector('summary')!)).toBe('Done well Sessions are held in a community space.')
    expect(text(stages[3]!)).toContain('Nothing to show at this stage.')

    const first = foundations[0]!
    expect(first.open).toBe(true)
    expect(foundations[1]!.open).toBe(false)
    const body = [...first.querySelectorAll('.finding-body > *')].map(text)
    expect(body).toEqual([
      'What to do',
      'Before you start, talk about who holds power here and how to share it.',
      'Principles',
      'Trust and being open, Working together',
      'Where',
      'initiative.powerReflection',
      'From the briefing',
      'Foundations: Know your power',
    ])
  })

  it('opens and closes a finding with the keyboard alone', async () => {
    const el = await mount({ report: exampleReport() })
    const details = root(el).querySelectorAll('details')[1]!
    const summary = details.querySelector('summary')!
    summary.focus()
    expect(root(el).activeElement).toBe(summary)
    await userEvent.keyboard('{Enter}')
    await vi.waitFor(() => expect(details.open).toBe(true))
    await userEvent.keyboard(' ')
    await vi.waitFor(() => expect(details.open).toBe(false))
    // Tab moves on to the next finding's summary.
    await userEvent.keyboard('{Tab}')
    expect(root(el).activeElement).toBe(root(el).querySelectorAll('summary')[2])
  })
})

describe('<cp-principles-report> loading from a client', () => {
  it('asks for the preset, says it is loading, then shows the report and sends cp-load', async () => {
    let answer!: (report: Report) => void
    const getReport = vi.fn(() => new Promise<Report>((resolve) => (answer = resolve)))
    const loaded = vi.fn()
    document.addEventListener('cp-load', loaded)
    const el = await mount({ client: clientWith(getReport) }, { initiative: 'initiative-1', preset: 'strict' })
    expect(getReport).toHaveBeenCalledWith('initiative-1', 'strict')
    expect(text(root(el))).toContain('Loading the check…')
    await expectNoAxeViolations(el, 'loading')
    const report = exampleReport()
    answer(report)
    await vi.waitFor(() =>
      expect(text(root(el).querySelector('[part=heading]')!)).toBe('Co-production check: Better mornings at the day centre'),
    )
    expect(text(root(el).querySelector('[part=summary]')!)).toBe('2 to fix, 1 to look at, 1 done well, 1 we cannot judge yet.')
    expect((loaded.mock.calls[0]![0] as CustomEvent).detail).toEqual({ report })
    document.removeEventListener('cp-load', loaded)
  })

  it('explains that only staff can see it when the server says forbidden', async () => {
    const errors = vi.fn()
    document.addEventListener('cp-error', errors)
    const el = await mount(
      { client: clientWith(() => Promise.reject(new ClientError(403, 'forbidden', 'Staff only'))) },
      { initiative: 'initiative-1' },
    )
    await vi.waitFor(() => expect(text(root(el))).toContain('Only staff can see this check.'))
    expect((errors.mock.calls[0]![0] as CustomEvent).detail).toMatchObject({ code: 'forbidden', status: 403 })
    await expectNoAxeViolations(el, 'forbidden')
    document.removeEventListener('cp-error', errors)
  })

  it('on an error or offline says so, and "Try again" by keyboard loads it', async () => {
    const getReport = vi
      .fn<CoproduceClient['getReport']>()
      .mockRejectedValueOnce(new ClientError(500, 'http-500', 'Broken'))
      .mockRejectedValueOnce(new OfflineError())
      .mockResolvedValueOnce(exampleReport())
    const el = await mount({ client: clientWith(getReport) }, { initiative: 'initiative-1' })
    await vi.waitFor(() => expect(text(root(el))).toContain('Sorry, we could not load the check.'))
    expect(root(el).querySelector('[part=state]')!.getAttribute('role')).toBe('alert')
    await expectNoAxeViolations(el, 'error')
    root(el).querySelector<HTMLButtonElement>('[part=state] button')!.focus()
    await userEvent.keyboard('{Enter}')
    await vi.waitFor(() => expect(text(root(el))).toContain('You seem to be offline.'))
    await expectNoAxeViolations(el, 'offline')
    root(el).querySelector<HTMLButtonElement>('[part=state] button')!.focus()
    await userEvent.keyboard('{Enter}')
    await vi.waitFor(() => expect(root(el).querySelector('.chart')).not.toBeNull())
    expect(root(el).activeElement?.getAttribute('part')).toBe('heading')
  })

  it('with no initiative asks for one, in plain words', async () => {
    const el = await mount()
    expect(text(root(el).querySelector('[part=state]')!)).toBe('Choose an initiative to see its check.')
    await expectNoAxeViolations(el, 'empty')
  })
})

describe('<cp-principles-report> languages and theming', () => {
  it('speaks Urdu right to left and passes axe', async () => {
    const el = await mount({ report: exampleReport() }, { lang: 'ur' })
    expect(root(el).querySelector('[part=root]')!.getAttribute('dir')).toBe('rtl')
    expect(text(rung(el, 'co-production'))).toContain('مل کر تیاری')
    expect(getComputedStyle(root(el).querySelector('.ladder')!).direction).toBe('rtl')
    await expectNoAxeViolations(el, 'right to left')
  })

  it('speaks Welsh', async () => {
    const el = await mount({ report: exampleReport() }, { lang: 'cy' })
    expect(text(root(el).querySelector('[part=verdict]')!)).toContain('tocenistiaeth')
    expect(text(root(el).querySelectorAll('summary')[0]!)).toContain('Rhaid trwsio')
  })

  it('lets the host replace any string', async () => {
    const el = await mount({ report: exampleReport(), messages: { 'fail-error': 'Fix first', 'co-design': 'Designing together' } })
    expect(text(root(el).querySelectorAll('summary')[0]!)).toContain('Fix first')
    expect(text(rung(el, 'co-design'))).toBe('Designing together')
  })

  it('fits a 320px screen with text at 200%, in Welsh and in Urdu, with nothing sticking out sideways', async () => {
    await page.viewport(320, 640)
    document.documentElement.style.fontSize = '200%'
    try {
      for (const lang of ['cy', 'ur']) {
        const el = await mount({ report: exampleReport() }, { lang })
        const section = root(el).querySelector<HTMLElement>('[part=root]')!
        const { left, right } = section.getBoundingClientRect()
        const outside = () =>
          [...root(el).querySelectorAll('*')]
            .filter((n) => !n.closest('.visually-hidden'))
            .filter((n) => n.getBoundingClientRect().right > right + 1 || n.getBoundingClientRect().left < left - 1)
            .map((n) => `${n.localName}.${n.getAttribute('class')}`)
        expect(outside()).toEqual([])
        expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth)
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
        el.remove()
      }
    } finally {
      document.documentElement.style.removeProperty('font-size')
      await page.viewport(1280, 720)
    }
  })
})

describe('<cp-principles-report> server text is only ever text', () => {
  it('runs none of the XSS payloads and makes no link, in the title, reasons, and every field of every finding', async () => {
    trapDialogs()
    const stages = ['foundations', 'interactions', 'actions', 'readiness'] as const
    const payloadFindings: Finding[] = XSS_PAYLOADS.map((payload, i) => ({
      ruleId: payload,
      outcome: i % 2 ? 'fail' : 'pass',
      severity: 'error',
      principles: ['safety'],
      stage: stages[i % 4]!,
      path: payload,
      message: payload,
      guidance: payload,
      source: payload,
      basis: 'record',
    }))
    const benign = await mount({
      report: exampleReport({
        findings: payloadFindings.map((f) => ({ ...f, message: 'm', guidance: 'g', path: 'p', source: 's', ruleId: 'r' })),
      }),
    })
    const expected = dangerousElementsIn(benign.shadowRoot!).map((e) => e.localName)
    benign.remove()

    const el = await mount({
      report: exampleReport({
        title: XSS_PAYLOADS.join(' '),
        preset: XSS_PAYLOADS[1]!,
        findings: payloadFindings,
        ladder: { claimed: 'co-production', assessed: 'informing', possible: 'informing', basis: 'record', reasons: [...XSS_PAYLOADS] },
      }),
    })
    for (const details of root(el).querySelectorAll('details')) details.open = true
    await new Promise((resolve) => setTimeout(resolve, 200))
    assertNothingExecuted()
    expect(linksIn(el.shadowRoot!)).toEqual([])
    // The widget's own chart (svg) and findings (details) are the only such elements: the payloads made none.
    expect(dangerousElementsIn(el.shadowRoot!).map((e) => e.localName)).toEqual(expected)
    expect(text(root(el).querySelector('[part=heading]')!)).toBe(
      `Co-production check: ${XSS_PAYLOADS.join(' ')}`.replace(/\s+/g, ' ').trim(),
    )
    const guidance = [...root(el).querySelectorAll('[part=guidance]')].map((dd) => dd.textContent)
    expect(guidance.sort()).toEqual([...XSS_PAYLOADS].sort())
  })
})
