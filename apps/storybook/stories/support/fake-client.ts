import { ClientError, OfflineError, type CoproduceClient } from '@coproduce/elements'
import { CONSENTS, PURPOSES, RECEIPT, REPORT, UPDATES } from './sample-data.js'

/**
 * Clients the stories inject through each widget's `.client` property, so the catalogue needs no server.
 * They answer like `@coproduce/server` would, from the sample data.
 */
export function sampleClient(overrides: Partial<CoproduceClient> = {}): CoproduceClient {
  let n = 0
  return {
    getConsentPurposes: async () => PURPOSES,
    getUpdates: async () => UPDATES,
    submitFeedback: async (initiativeId, input, idempotencyKey) => ({
      id: `f-${++n}`,
      initiativeId,
      kind: input.kind,
      ...(input.rating ? { rating: input.rating } : {}),
      ...(input.text ? { text: input.text } : {}),
      anonymous: input.anonymous ?? false,
      createdAt: new Date().toISOString(),
      idempotencyKey,
    }),
    getConsents: async () => CONSENTS,
    decideConsent: async (memberId, request) => ({
      id: `c-${++n}`,
      subject: memberId,
      purposeId: request.purposeId,
      purposeVersion: 1,
      status: request.decision === 'give' ? 'given' : request.decision === 'refuse' ? 'refused' : 'withdrawn',
      noticeText: request.noticeText ?? 'Shown in the catalogue',
      method: 'widget',
      recordedBy: memberId,
      at: new Date().toISOString(),
    }),
    getReceipt: async () => RECEIPT,
    getReport: async () => REPORT,
    ...overrides,
  }
}

/** Every call waits for ever: the loading state. */
export function loadingClient(): CoproduceClient {
  const wait = () => new Promise<never>(() => {})
  return {
    getConsentPurposes: wait,
    getUpdates: wait,
    submitFeedback: wait,
    getConsents: wait,
    decideConsent: wait,
    getReceipt: wait,
    getReport: wait,
  }
}

function failing(makeError: () => Error): CoproduceClient {
  const fail = async () => {
    throw makeError()
  }
  return {
    getConsentPurposes: fail,
    getUpdates: fail,
    submitFeedback: fail,
    getConsents: fail,
    decideConsent: fail,
    getReceipt: fail,
    getReport: fail,
  }
}

/** The server answered with a problem it could not fix: the error state. */
export const errorClient = (): CoproduceClient =>
  failing(() => new ClientError(503, 'unavailable', 'The service is not available right now'))

/** No connection at all: the offline state. */
export const offlineClient = (): CoproduceClient => failing(() => new OfflineError())

/** Reads work, but sending fails as if the connection dropped: feedback is kept to send later. */
export const dropsOnSendClient = (): CoproduceClient =>
  sampleClient({
    submitFeedback: async () => {
      throw new OfflineError()
    },
    decideConsent: async () => {
      throw new OfflineError()
    },
  })
