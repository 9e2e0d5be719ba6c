import { describe, expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import { exampleReport } from './fixtures.js'

/**
 * The body of the report (the ladder, the chart, the findings) is a file of its own, fetched when there is a
 * report to show. Here the built package is split into files as a host's bundler would, on a page served with a
 * strict CSP, and the page's own script gives the widget its report.
 */
const give = `eval:document.querySelector('cp-principles-report').report = ${JSON.stringify(exampleReport())}`
const ignorable = /Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/

describe('<cp-principles-report> on a page whose files are split', () => {
  it('fetches the body when a report is given, and shows the ladder, the chart and the findings', async () => {
    const result = await commands.openCspPage('/split/principles-report.html', 'cp-principles-report', [give, 'until:What we found'])
    expect(result.text).toContain('Choose an initiative to see its check.')
    expect(result.after).toContain('Where this work is on the ladder')
    expect(result.after).toContain('How well each principle is met')
    expect(result.after).toContain('What we found')
    expect(result.errors).toEqual([])
    expect(result.violations).toEqual([])
  })

  it('says it is offline when the body cannot be fetched, and shows the report when the connection returns', async () => {
    const result = await commands.openCspPage('/split/principles-report.html', 'cp-principles-report', [
      'offline', // the signal is lost before there is a report: the body cannot be fetched
      give,
      'until:You seem to be offline',
      'read',
      'online',
      'until:What we found',
    ])
    expect(result.reads[0]).toContain('You seem to be offline. The check will load when you are back online.')
    expect(result.reads[0]).not.toContain('What we found')
    expect(result.after).toContain('Where this work is on the ladder')
    expect(result.after).toContain('What we found')
    expect(result.errors.filter((e) => !ignorable.test(e))).toEqual([])
    expect(result.violations).toEqual([])
  })

  it('fetches the body again when "Try again" is pressed, after it could not be fetched', async () => {
    const result = await commands.openCspPage('/split/principles-report.html', 'cp-principles-report', [
      'offline',
      give,
      'until:You seem to be offline',
      'read',
      'network', // the connection is back, but the page was not told (no `online` event)
      'Tab', // "Try again"
      'Enter',
      'until:What we found',
    ])
    expect(result.reads[0]).toContain('Try again')
    expect(result.after).toContain('What we found')
    expect(result.errors.filter((e) => !ignorable.test(e))).toEqual([])
  })
})
