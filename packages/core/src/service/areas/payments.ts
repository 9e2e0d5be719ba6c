import { CoproduceError, parseOrThrow } from '../../errors/coproduce-error.js'
import { PaymentInputSchema, type Payment } from '../../schemas/payment.js'
import { notFound, parseId, requireStaff } from '../access.js'
import type { Coproduction } from '../coproduction.js'
import type { ServiceContext } from '../service-context.js'
import { getInitiative } from './initiatives.js'
import { getMemberOf } from './members.js'

export function paymentsArea(s: ServiceContext): Coproduction['payments'] {
  return {
    async record(input, ctx) {
      const data = parseOrThrow(PaymentInputSchema, input)
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx, emit) => {
        await getInitiative(tx, data.initiativeId)
        await getMemberOf(tx, data.initiativeId, data.memberId, ['memberId'])
        if (data.sessionId !== undefined) {
          const session = await tx.sessions.get(data.sessionId)
          if (!session || session.initiativeId !== data.initiativeId) throw notFound('session', ['sessionId'])
        }
        const id = data.id ?? s.id('payment')
        const existing = await tx.payments.listByMember(data.memberId)
        if (existing.some((p) => p.id === id))
          throw new CoproduceError('conflict', 'A payment with this id already exists', [{ path: ['id'], message: 'This id is taken' }])
        const payment: Payment = { ...data, id, paidAt: data.paidAt ?? s.now() }
        await tx.payments.put(payment)
        await emit('payment.recorded', { paymentId: id, memberId: data.memberId }, data.initiativeId)
        return payment
      })
    },

    async list(initiativeId, ctx) {
      const id = parseId(initiativeId, 'initiativeId')
      requireStaff(await s.actorOf(ctx))
      return s.run(ctx, async (tx) => {
        await getInitiative(tx, id)
        return tx.payments.listByInitiative(id)
      })
    },
  }
}
