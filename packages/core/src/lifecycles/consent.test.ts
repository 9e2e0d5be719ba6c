import { describe, expect, it } from 'vitest'
import type { ConsentRecord } from '../schemas/consent.js'
import { ALLOWED_DECISIONS, assertCanDecide, canDecide, currentState, expiryOf, isGiven, latestRecord, stateOf } from './consent.js'

const record = (status: ConsentRecord['status'], at: string, extra: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: `${status}-${at}`,
  subject: 'member-1',
  purposeId: 'quote-with-name',
  purposeVersion: 1,
  status,
  noticeText: 'Can we share your words with your name?',
  method: 'widget',
  recordedBy: 'member-1',
  at,
  ...extra,
})
const now = new Date('2026-03-01T12:00:00Z')

describe('consent lifecycle', () => {
  it('is "none" until the person is asked', () => {
    expect(currentState([], 'quote-with-name', now)).toBe('none')
  })

  it('follows give → withdraw → give again: the latest record wins', () => {
    const given = record('given', '2026-01-01T10:00:00.000Z')
    const withdrawn = record('withdrawn', '2026-01-02T10:00:00.000Z')
    const givenAgain = record('given', '2026-01-03T10:00:00.000Z')
    expect(currentState([given], 'quote-with-name', now)).toBe('given')
    expect(currentState([given, withdrawn], 'quote-with-name', now)).toBe('withdrawn')
    expect(currentState([given, withdrawn, givenAgain], 'quote-with-name', now)).toBe('given')
    expect(latestRecord([given, withdrawn, givenAgain], 'quote-with-name')).toBe(givenAgain)
  })

  it('looks at one purpose at a time: nothing is bundled', () => {
    const records = [
      record('given', '2026-01-01T10:00:00.000Z'),
      record('refused', '2026-01-02T10:00:00.000Z', { purposeId: 'credit-by-name' }),
    ]
    expect(isGiven(records, 'quote-with-name', now)).toBe(true)
    expect(currentState(records, 'credit-by-name', now)).toBe('refused')
    expect(currentState(records, 'photo-and-video', now)).toBe('none')
  })

  it('orders by time, and the later record wins when two share a moment', () => {
    const late = record('given', '2026-01-05T10:00:00.000Z')
    const early = record('refused', '2026-01-01T10:00:00.000Z')
    expect(currentState([late, early], 'quote-with-name', now)).toBe('given')
    const same = '2026-01-05T10:00:00.000Z'
    expect(currentState([record('given', same), record('withdrawn', same)], 'quote-with-name', now)).toBe('withdrawn')
  })

  it('expires a given consent once its end date has passed', () => {
    const given = record('given', '2026-01-01T10:00:00.000Z', { expiresAt: '2026-03-01T12:00:00.000Z' })
    expect(currentState([given], 'quote-with-name', new Date('2026-03-01T11:59:59Z'))).toBe('given')
    expect(currentState([given], 'quote-with-name', now)).toBe('expired')
    expect(isGiven([given], 'quote-with-name', now)).toBe(false)
  })

  it('allows only decisions that make sense from the current state', () => {
    expect(ALLOWED_DECISIONS).toEqual({
      none: ['give', 'refuse'],
      given: ['give', 'withdraw'],
      refused: ['give', 'refuse'],
      withdrawn: ['give', 'refuse'],
      expired: ['give', 'refuse'],
    })
    expect(canDecide('given', 'withdraw')).toBe(true)
    expect(canDecide('none', 'withdraw')).toBe(false)
  })

  it('calls a withdrawal of something not given a conflict', () => {
    for (const state of ['none', 'refused', 'withdrawn', 'expired'] as const) {
      expect(() => assertCanDecide(state, 'withdraw')).toThrow(expect.objectContaining({ code: 'conflict' }))
    }
    expect(() => assertCanDecide('given', 'refuse')).toThrow(expect.objectContaining({ code: 'conflict' }))
    expect(() => assertCanDecide('given', 'withdraw')).not.toThrow()
  })
})

describe('a yes to older words', () => {
  const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
    id: 'c1',
    subject: 'm1',
    purposeId: 'p',
    purposeVersion: 1,
    status: 'given',
    noticeText: 'Old words',
    method: 'widget',
    recordedBy: 'm1',
    at: '2026-01-01T00:00:00Z',
    ...over,
  })
  const now = new Date('2026-06-01T00:00:00Z')

  it('is expired once the purpose has a newer version, and never counts as given', () => {
    expect(stateOf(record(), now, 1)).toBe('given')
    expect(stateOf(record(), now, 2)).toBe('expired')
    expect(expiryOf(record(), now, 2)).toBe('new-wording')
    expect(isGiven([record()], 'p', now, 2)).toBe(false)
    expect(canDecide(currentState([record()], 'p', now, 2), 'withdraw')).toBe(false)
  })

  it('says why a yes stopped counting: its end date, or new words', () => {
    expect(expiryOf(record({ expiresAt: '2026-02-01T00:00:00Z' }), now, 1)).toBe('ran-out')
    expect(expiryOf(record({ status: 'refused', purposeVersion: 1 }), now, 3)).toBeUndefined()
    expect(stateOf(record({ status: 'refused' }), now, 3)).toBe('refused')
  })
})
