// A host's own backend, given to the widget through its `.client` property (a rich object, not a string):
// it answers the calls `<cp-feedback>` makes and remembers what was sent.
export const sent = []
export const client = {
  getConsentPurposes: async () => [],
  submitFeedback: async (initiativeId, input, idempotencyKey) => {
    sent.push({ initiativeId, input, idempotencyKey })
    return { id: 'f-1', initiativeId, kind: input.kind, rating: input.rating, anonymous: false, createdAt: new Date().toISOString() }
  },
}
window.__sent = sent
