import { describe, expect, inject, it } from 'vitest'
import { commands } from 'vitest/browser'
import type { Feedback } from '../shared/types.js'
import { actAs } from '../test-support/dom.js'

const apiUrl = inject('apiUrl')
const seed = inject('seed')

/** The feedback rows the real server holds with this text (read as staff). */
async function rowsWithText(text: string): Promise<Feedback[]> {
  actAs(`${seed.staffId}:staff`)
  try {
    const response = await fetch(`${apiUrl}/initiatives/${seed.initiativeId}/feedback`, { credentials: 'include' })
    expect(response.status).toBe(200)
    return ((await response.json()) as Feedback[]).filter((f) => f.text === text)
  } finally {
    actAs(seed.memberId)
  }
}

/**
 * The built package, split into files as a host's bundler would (the offline queue in a file of its own), on a page
 * that then loses its connection completely: not only the API but the page's own files cannot be fetched.
 */
describe('<cp-feedback> on a page that loses its connection', () => {
  it('still saves the feedback on the device, and sends it once when the connection returns', async () => {
    actAs(seed.memberId)
    const words = `Written on a train that went into a tunnel ${Date.now()}`
    const result = await commands.openCspPage('/split/feedback.html', 'cp-feedback', [
      'forget', // a first visit: nothing saved on this device before, so nothing loads the offline part early
      'Tab', // the first rating: starting the form fetches the offline part, while there is a connection
      'ArrowDown', // "Good"
      'Tab',
      `type:${words}`,
      'wait:500',
      'offline', // the signal is lost: every request fails, the page's own files too
      'Tab', // "Send this without my name"
      'Tab', // consent: yes
      'Tab', // "Use this answer for everything I send"
      'Tab', // send
      'Enter',
      'wait:800',
      'read',
      'online',
      'wait:1500',
    ])
    expect(result.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([])
    expect(result.violations).toEqual([])
    expect(result.reads[0]).toContain("Saved. We'll send it when you're back online.")
    expect(result.after).toContain('Sent. Thank you.')
    expect(await rowsWithText(words)).toHaveLength(1)
  })

  it('says plainly that it could not send, and keeps the words, when the page was offline from the start', async () => {
    actAs(seed.memberId)
    const result = await commands.openCspPage('/split/feedback.html', 'cp-feedback', [
      'forget', // a first visit: nothing saved before, so the offline part is not fetched when the page opens
      'offline', // no signal before the person even starts: the offline part cannot be fetched
      'Tab',
      'ArrowDown',
      'Tab',
      'type:Nothing could be fetched',
      'Tab',
      'Tab',
      'Tab',
      'Tab',
      'Enter',
      'wait:800',
    ])
    expect(result.violations).toEqual([])
    expect(result.after).toContain('You seem to be offline, so we could not send it. Your words are still here.')
    expect(result.after).not.toContain('Saved.')
  })
})
