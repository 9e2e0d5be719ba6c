import { ClientError, OfflineError, type CoproduceClient } from '@coproduce/elements'
import { CONSENTS, PURPOSES, RECEIPT, REPORT, UPDATES } from './sample-data.js'
import { AGREEMENT, DECISION, INVOLVEMENT } from './decision-data.js'

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
    getDecision: async () => DECISION,
    giveView: async (_member, _id, input) => ({ ...DECISION, myView: { ...input, at: new Date().toISOString() } }),
    proposeOption: async (_member, _id, input) => ({
      ...DECISION,
      options: [...DECISION.options, { id: `o-${++n}`, text: input.text, yours: true, count: 0 }],
    }),
    getAgreement: async () => AGREEMENT,
    answerAgreement: async (_member, _id, input) => ({
      agreement: {
        ...AGREEMENT,
        mine: {
          response: input.response === 'agree' ? 'agree' : 'not-yet',
          ...(input.text ? { text: input.text } : {}),
          at: new Date().toISOString(),
        },
      },
    }),
    getInvolvement: async () => INVOLVEMENT,
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
    getDecision: wait,
    giveView: wait,
    proposeOption: wait,
    getAgreement: wait,
    answerAgreement: wait,
    getInvolvement: wait,
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
    getDecision: fail,
    giveView: fail,
    proposeOption: fail,
    getAgreement: fail,
    answerAgreement: fail,
    getInvolvement: fail,
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
    giveView: async () => {
      throw new OfflineError()
    },
  })
