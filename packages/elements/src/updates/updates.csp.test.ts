import { beforeAll, describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'
import type { PublicUpdate } from '../shared/types.js'
import { actAs } from '../test-support/dom.js'
import { call, staff } from '../test-support/api-calls.js'

const seed = inject('seed')

/*
 * The built widgets on pages served with a strict Content-Security-Policy
 * (`script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`), loading from the real server.
 */
let total = 0

beforeAll(async () => {
  for (let i = 1; i <= 25; i++)
    await call(staff, 'POST', `/initiatives/${seed.initiativeId}/updates`, {
      youSaid: `Strict page request ${i}`,
      weDid: `Strict page answer ${i}`,
      status: i % 2 ? 'done' : 'in-progress',
      progress: i % 2 ? 100 : 50,
    })
  total = (await call<PublicUpdate[]>('', 'GET', `/initiatives/${seed.initiativeId}/updates`)).length
})

describe('under a strict Content-Security-Policy', () => {
  it('<cp-updates> renders styled cards and "Show more" works by keyboard, with no violation', async () => {
    actAs('')
    const result = await commands.openCspPage('/csp/updates.html', 'cp-updates', [
      'Tab', // the status filter
      'Tab', // "Show more updates"
      'Enter',
    ])
    expect(result.violations).toEqual([])
    expect(result.errors).toEqual([])
    expect(result.styled).toBe(true)
    expect(result.text).toContain('You said, we did')
    expect(result.text).toContain('Strict page request 1')
    expect(result.text).toContain(`Showing 20 of ${total} updates`)
    // Once every update shows, there is no count to give ("Showing 25 of 25" says nothing).
    if (total > 40) expect(result.after).toContain(`Showing 40 of ${total} updates`)
    else expect(result.after).not.toContain('Showing')
  })

  it('<cp-principles-report> renders the ladder, chart and findings for staff, with no violation', async () => {
    actAs(staff)
    const result = await commands.openCspPage('/csp/principles-report.html', 'cp-principles-report', ['Tab', 'Enter'])
    expect(result.violations).toEqual([])
    expect(result.errors).toEqual([])
    expect(result.styled).toBe(true)
    expect(result.text).toContain('Co-production check: Better mornings at the day centre')
    expect(result.text).toContain('Where this work is on the ladder')
    expect(result.text).toContain('How well each principle is met')
    expect(result.text).toContain('What we found')
  })
})
