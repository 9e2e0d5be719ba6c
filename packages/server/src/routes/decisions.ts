import {
  AgreementResponseInputSchema,
  AgreementResponseResultSchema,
  AgreementSummarySchema,
  CoproduceError,
  DecisionInputSchema,
  DecisionSchema,
  DecisionOptionInputSchema,
  DecisionOutcomeInputSchema,
  DecisionRevisitInputSchema,
  DecisionViewInputSchema,
  PublicDecisionSchema,
} from '@coproduce/core'
import { z } from 'zod'
import { withPathId } from '../http/with-path-id.js'
import { idempotencyHeader, idempotencyKeyOf } from './idempotency-key.js'
import type { RouteSpec } from './route-spec.js'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A body must be a JSON object, even where every field is optional. */
const objectBody = (body: unknown): Record<string, unknown> => {
  if (!isPlainObject(body))
    throw new CoproduceError('validation', 'Some answers need checking', [{ path: [], message: 'Send the answers as a JSON object' }])
  return body
}

/** Deciding together: the question, the options, everyone's view, and the outcome with how and by whom. */
export const decisionRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/initiatives/:id/decisions',
    operationId: 'listDecisions',
    summary: 'The group’s decisions, open and decided. Names show only with consent',
    tag: 'decisions',
    access: 'public',
    response: { status: 200, description: 'Every decision, oldest first', schema: z.array(PublicDecisionSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.decisions.listPublic(params.id!, call) }),
  },
  {
    method: 'get',
    path: '/initiatives/:id/decisions/all',
    operationId: 'listDecisionRecords',
    summary: 'Every decision of the group as recorded, with member ids: who brought each option, each view, who decided (staff)',
    tag: 'decisions',
    access: 'staff',
    response: { status: 200, description: 'Every decision, oldest first', schema: z.array(DecisionSchema) },
    handle: async ({ coproduction, call, params }) => ({
      // The keys members' devices sent with their views and options are theirs, for retries: not shown.
      body: (await coproduction.decisions.list(params.id!, call)).map((d) => ({
        ...d,
        options: d.options.map(({ idempotencyKey: _, ...o }) => o),
        views: d.views.map(({ idempotencyKey: _, ...v }) => v),
      })),
    }),
  },
  {
    method: 'post',
    path: '/initiatives/:id/decisions',
    operationId: 'openDecision',
    summary: 'Open a decision (staff, or a member where the group lets members open them)',
    tag: 'decisions',
    access: 'signed-in',
    request: { schema: DecisionInputSchema, fromPath: 'initiativeId' },
    response: { status: 201, description: 'The decision', schema: PublicDecisionSchema },
    handle: async ({ coproduction, call, params, body }) => {
      const decision = await coproduction.decisions.open(withPathId(body, 'initiativeId', params.id!) as never, call)
      return { status: 201, body: await coproduction.decisions.read(decision.id, call) }
    },
  },
  {
    method: 'get',
    path: '/decisions/:id',
    operationId: 'readDecision',
    summary: 'One decision: the question, options, views as the group chose to show them, and the outcome',
    tag: 'decisions',
    access: 'public',
    response: { status: 200, description: 'The decision', schema: PublicDecisionSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.decisions.read(params.id!, call) }),
  },
  {
    method: 'post',
    path: '/decisions/:id/options',
    operationId: 'proposeOption',
    summary: 'Put an option on the table (anyone taking part)',
    tag: 'decisions',
    access: 'signed-in',
    request: { schema: DecisionOptionInputSchema },
    headers: idempotencyHeader('option'),
    response: {
      status: 201,
      description: 'The decision with the new option',
      schema: PublicDecisionSchema,
      alsoOk: { status: 200, description: 'This key was seen before: nothing new was stored' },
    },
    handle: async (rc) => {
      const { decision, replayed } = await rc.coproduction.decisions.propose(rc.params.id!, rc.body as never, {
        ...rc.call,
        idempotencyKey: idempotencyKeyOf(rc),
      })
      return { status: replayed ? 200 : 201, body: await rc.coproduction.decisions.read(decision.id, rc.call) }
    },
  },
  {
    method: 'put',
    path: '/decisions/:id/views/:memberId',
    operationId: 'giveView',
    summary: 'Give or change a member’s view: one current view each (the member, or staff for them)',
    tag: 'decisions',
    access: 'signed-in',
    request: { schema: DecisionViewInputSchema },
    headers: idempotencyHeader('view'),
    response: { status: 200, description: 'The decision with the view', schema: PublicDecisionSchema },
    handle: async (rc) => {
      const { decision } = await rc.coproduction.decisions.giveView(rc.params.id!, rc.params.memberId!, rc.body as never, {
        ...rc.call,
        idempotencyKey: idempotencyKeyOf(rc),
      })
      return { body: await rc.coproduction.decisions.read(decision.id, rc.call) }
    },
  },
  {
    method: 'post',
    path: '/decisions/:id/outcome',
    operationId: 'decide',
    summary: 'Record the outcome: what was decided, how (consensus, vote, delegated, staff-only) and by whom (staff)',
    tag: 'decisions',
    access: 'staff',
    request: { schema: DecisionOutcomeInputSchema },
    response: { status: 200, description: 'The decided decision', schema: PublicDecisionSchema },
    handle: async ({ coproduction, call, params, body }) => {
      const decision = await coproduction.decisions.decide(params.id!, body as never, call)
      return { body: await coproduction.decisions.read(decision.id, call) }
    },
  },
  {
    method: 'post',
    path: '/decisions/:id/revisit',
    operationId: 'revisitDecision',
    summary: 'Reopen a decided question so the group can think again (staff)',
    tag: 'decisions',
    access: 'staff',
    request: { schema: DecisionRevisitInputSchema },
    response: { status: 200, description: 'The reopened decision', schema: PublicDecisionSchema },
    handle: async ({ coproduction, call, params, body }) => {
      const decision = await coproduction.decisions.revisit(params.id!, objectBody(body) as never, call)
      return { body: await coproduction.decisions.read(decision.id, call) }
    },
  },
  {
    method: 'get',
    path: '/initiatives/:id/agreement',
    operationId: 'readAgreement',
    summary: 'The ground rules and where the group stands on them (staff also see who has not agreed yet)',
    tag: 'decisions',
    access: 'public',
    response: { status: 200, description: 'The ground rules', schema: AgreementSummarySchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.decisions.agreement(params.id!, call) }),
  },
  {
    method: 'put',
    path: '/decisions/:id/agreement/:memberId',
    operationId: 'answerAgreement',
    summary: 'Agree to the ground rules, say not yet, or suggest a change (which opens a decision)',
    tag: 'decisions',
    access: 'signed-in',
    request: { schema: AgreementResponseInputSchema },
    headers: idempotencyHeader('answer'),
    response: {
      status: 200,
      description: 'Where the group stands now, and any decision the suggestion opened',
      schema: AgreementResponseResultSchema,
    },
    handle: async (rc) => ({
      body: await rc.coproduction.decisions.respondToAgreement(rc.params.id!, rc.params.memberId!, rc.body as never, {
        ...rc.call,
        idempotencyKey: idempotencyKeyOf(rc),
      }),
    }),
  },
]
