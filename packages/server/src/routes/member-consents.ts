import { ConsentDecisionInputSchema, ConsentRecordSchema, purposesInLanguage } from '@coproduce/core'
import { withPathId } from '../http/with-path-id.js'
import { ConsentReceiptSchema, DpvConsentRecordDocumentSchema, MemberConsentsSchema } from '../openapi/response-schemas.js'
import type { RouteSpec } from './route-spec.js'

export const memberConsentRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/members/:id/consents',
    operationId: 'getMemberConsents',
    summary: 'What a person has said yes or no to, now and before (the person or staff)',
    tag: 'consent',
    access: 'self-or-staff',
    response: { status: 200, description: 'Purposes, current decisions and full history', schema: MemberConsentsSchema },
    handle: async ({ coproduction, call, params, languages }) => {
      const [purposes, current, history] = await Promise.all([
        coproduction.consent.purposesFor(params.id!, call),
        coproduction.consent.current(params.id!, call),
        coproduction.consent.history(params.id!, call),
      ])
      // In the language the person reads, where the purpose has it: those are the words their answer records.
      return { body: { purposes: purposesInLanguage(purposes, languages()), current, history } }
    },
  },
  {
    method: 'post',
    path: '/members/:id/consents',
    operationId: 'decideConsent',
    summary:
      'Give, refuse or withdraw consent for one purpose (the person or staff). Staff writing down a choice made on paper or by phone send `method: paper|verbal` with `noticeText`, the words read out',
    tag: 'consent',
    access: 'self-or-staff',
    request: { schema: ConsentDecisionInputSchema, fromPath: 'subject' },
    response: { status: 201, description: 'The decision, as recorded', schema: ConsentRecordSchema },
    handle: async ({ coproduction, call, params, body }) => ({
      status: 201,
      body: await coproduction.consent.decide(withPathId(body, 'subject', params.id!) as never, call),
    }),
  },
  {
    method: 'get',
    path: '/members/:id/consents/receipt',
    operationId: 'getConsentReceipt',
    summary: 'A receipt of every consent decision, to keep (the person or staff)',
    tag: 'consent',
    access: 'self-or-staff',
    response: { status: 200, description: 'The receipt', schema: ConsentReceiptSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.consent.receipt(params.id!, call) }),
  },
  {
    method: 'get',
    path: '/members/:id/consents/record',
    operationId: 'getConsentRecord',
    summary: 'The organisation’s machine-readable copy of every consent record: JSON-LD in W3C DPV terms, after ISO/IEC TS 27560 (staff)',
    tag: 'consent',
    access: 'staff',
    response: { status: 200, description: 'The consent records as JSON-LD', schema: DpvConsentRecordDocumentSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.consent.record(params.id!, call) }),
  },
]
