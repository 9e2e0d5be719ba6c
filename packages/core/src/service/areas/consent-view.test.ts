import { describe, expect, it } from 'vitest'
import { memoryStore } from '../../store/memory-store.js'
import { ConsentView } from './consent-view.js'

describe('ConsentView', () => {
  it('counts nothing an erased person agreed to, while the same records still count for someone not erased', async () => {
    const store = memoryStore()
    const now = new Date('2026-03-01T00:00:00.000Z')
    const at = '2026-02-01T00:00:00.000Z'
    await store.transaction(async (tx) => {
      for (const [id, erasedAt] of [
        ['member-0001', at],
        ['member-0002', undefined],
      ] as const) {
        await tx.members.put({
          id,
          initiativeId: 'i-1',
          displayName: 'x',
          roles: ['lived-experience'],
          joinedAt: at,
          ...(erasedAt ? { erasedAt } : {}),
        })
        for (const purposeId of ['quote-with-name', 'quote-anonymously', 'credit-by-name', 'share-with-partners'])
          await tx.consents.append({
            id: `${id}-${purposeId}`,
            subject: id,
            purposeId,
            purposeVersion: 1,
            status: 'given',
            noticeText: 'n',
            method: 'widget',
            recordedBy: id,
            at,
          })
      }
    })
    const view = await store.transaction((tx) =>
      ConsentView.load(tx, { nowDate: () => now, purpose: () => undefined }, [], ['member-0001', 'member-0002']),
    )
    for (const purposeId of ['quote-with-name', 'quote-anonymously', 'credit-by-name', 'share-with-partners']) {
      expect(view.given('member-0001', purposeId)).toBe(false)
      expect(view.given('member-0002', purposeId)).toBe(true)
    }
  })
})
