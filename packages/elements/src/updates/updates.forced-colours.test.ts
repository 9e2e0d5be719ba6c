import { describe, expect, it } from 'vitest'
import { exampleReport } from '../principles-report/fixtures.js'
import '../principles-report/index.js'
import { expectNoAxeViolations } from '../test-support/axe.js'
import { mount } from '../test-support/dom.js'
import { inForcedColours, systemColour } from '../test-support/forced-colours.js'
import { exampleUpdates } from './fixtures.js'
import './index.js'

/*
 * Forced colours (Windows High Contrast): the browser replaces colours with the person's own. What carries
 * meaning must survive: borders, the progress bar's fill, the chart's bars, and focus.
 */

inForcedColours()

describe('forced colours', () => {
  it('<cp-updates> keeps card borders and a visible progress bar in the person’s colours', async () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true)
    const el = await mount('cp-updates', { updates: exampleUpdates(4) }, { member: 'member-1' })
    const root = el.shadowRoot!
    const card = root.querySelector('article.card')!
    expect(getComputedStyle(card).borderInlineStartColor).toBe(systemColour('CanvasText'))
    const bar = root.querySelector('progress')!
    const style = getComputedStyle(bar)
    // The bar draws itself from system colours (it opts out of the browser's override so its fill is not lost).
    expect(style.forcedColorAdjust).toBe('none')
    expect(style.borderTopColor).toBe(systemColour('CanvasText'))
    expect(style.backgroundColor).toBe(systemColour('Canvas'))
    await expectNoAxeViolations(el, 'forced colours')
  })

  it('<cp-principles-report> draws the chart’s bars and the findings’ borders in system colours', async () => {
    const el = await mount('cp-principles-report', { report: exampleReport() })
    const root = el.shadowRoot!
    expect(getComputedStyle(root.querySelector('rect.fill')!).fill).toBe(systemColour('CanvasText'))
    expect(getComputedStyle(root.querySelector('rect.track')!).stroke).toBe(systemColour('CanvasText'))
    expect(getComputedStyle(root.querySelector('details.finding')!).borderTopColor).toBe(systemColour('CanvasText'))
    expect(getComputedStyle(root.querySelector('.rung')!).borderBottomColor).toBe(systemColour('CanvasText'))
    await expectNoAxeViolations(el, 'forced colours')
  })
})
