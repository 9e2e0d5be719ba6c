import {
  AttendeeSchema,
  MemberInputSchema,
  MemberSchema,
  PaymentInputSchema,
  PaymentSchema,
  SessionInputSchema,
  SessionSchema,
} from '@coproduce/core'
import { z } from 'zod'
import { withPathId } from '../http/with-path-id.js'
import type { RouteSpec } from './route-spec.js'

/** `PUT /sessions/:id/attendance`: everyone expected, each with `attended: true` or `false`. */
const AttendanceBodySchema = z.strictObject({ attendees: z.array(AttendeeSchema).max(1000) })

/** Staff routes for the people, the gatherings and the payments of one initiative. */
export const initiativeRecordRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/initiatives/:id/members',
    operationId: 'listMembers',
    summary: 'The people taking part (staff)',
    tag: 'members',
    access: 'staff',
    response: { status: 200, description: 'Every member', schema: z.array(MemberSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.members.list(params.id!, call) }),
  },
  {
    method: 'post',
    path: '/initiatives/:id/members',
    operationId: 'addMember',
    summary: 'Add a person who takes part (staff)',
    tag: 'members',
    access: 'staff',
    request: { schema: MemberInputSchema, fromPath: 'initiativeId' },
    response: { status: 201, description: 'The member', schema: MemberSchema },
    handle: async ({ coproduction, call, params, body }) => ({
      status: 201,
      body: await coproduction.members.join(withPathId(body, 'initiativeId', params.id!) as never, call),
    }),
  },
  {
    method: 'get',
    path: '/initiatives/:id/sessions',
    operationId: 'listSessions',
    summary: 'The gatherings (staff)',
    tag: 'sessions',
    access: 'staff',
    response: { status: 200, description: 'Every session', schema: z.array(SessionSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.sessions.list(params.id!, call) }),
  },
  {
    method: 'post',
    path: '/initiatives/:id/sessions',
    operationId: 'scheduleSession',
    summary: 'Plan a gathering (staff)',
    tag: 'sessions',
    access: 'staff',
    request: { schema: SessionInputSchema, fromPath: 'initiativeId' },
    response: { status: 201, description: 'The session', schema: SessionSchema },
    handle: async ({ coproduction, call, params, body }) => ({
      status: 201,
      body: await coproduction.sessions.schedule(withPathId(body, 'initiativeId', params.id!) as never, call),
    }),
  },
  {
    method: 'put',
    path: '/sessions/:id/attendance',
    operationId: 'recordAttendance',
    summary: 'Record who came to a session, after it has started (staff); replaces the list',
    tag: 'sessions',
    access: 'staff',
    request: { schema: AttendanceBodySchema },
    response: { status: 200, description: 'The session with its attendance', schema: SessionSchema },
    handle: async ({ coproduction, call, params, body }) => {
      const { attendees } = AttendanceBodySchema.parse(body)
      return { body: await coproduction.sessions.recordAttendance(params.id!, attendees, call) }
    },
  },
  {
    method: 'get',
    path: '/initiatives/:id/payments',
    operationId: 'listPayments',
    summary: 'What people were paid for their time (staff)',
    tag: 'payments',
    access: 'staff',
    response: { status: 200, description: 'Every payment', schema: z.array(PaymentSchema) },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.payments.list(params.id!, call) }),
  },
  {
    method: 'post',
    path: '/initiatives/:id/payments',
    operationId: 'recordPayment',
    summary: 'Record a payment for someone’s time (staff)',
    tag: 'payments',
    access: 'staff',
    request: { schema: PaymentInputSchema, fromPath: 'initiativeId' },
    response: { status: 201, description: 'The payment', schema: PaymentSchema },
    handle: async ({ coproduction, call, params, body }) => ({
      status: 201,
      body: await coproduction.payments.record(withPathId(body, 'initiativeId', params.id!) as never, call),
    }),
  },
]
