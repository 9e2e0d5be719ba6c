import { InitiativeInputSchema, InitiativePatchSchema, InitiativeSchema } from '@coproduce/core'
import { z } from 'zod'
import { ImpactSummarySchema, ReportSchema } from '../openapi/response-schemas.js'
import { LANG_QUERY, localeHeaders, reportLocale } from './report-locale.js'
import { parseQuery } from './parse-query.js'
import type { RouteSpec } from './route-spec.js'

const PresetSchema = z.enum(['recommended', 'strict'])

export const initiativeRoutes: RouteSpec[] = [
  {
    method: 'post',
    path: '/initiatives',
    operationId: 'createInitiative',
    summary: 'Start an initiative',
    tag: 'initiatives',
    access: 'staff',
    request: { schema: InitiativeInputSchema },
    response: { status: 201, description: 'The new initiative', schema: InitiativeSchema },
    handle: async ({ coproduction, call, body }) => ({
      status: 201,
      body: await coproduction.initiatives.create(body as never, call),
    }),
  },
  {
    method: 'get',
    path: '/initiatives/:id',
    operationId: 'getInitiative',
    summary: 'Read an initiative',
    tag: 'initiatives',
    access: 'public',
    response: { status: 200, description: 'The initiative', schema: InitiativeSchema },
    handle: async ({ coproduction, call, params }) => ({ body: await coproduction.initiatives.get(params.id!, call) }),
  },
  {
    method: 'patch',
    path: '/initiatives/:id',
    operationId: 'changeInitiative',
    summary: 'Change some fields of an initiative',
    tag: 'initiatives',
    access: 'staff',
    request: { schema: InitiativePatchSchema },
    response: { status: 200, description: 'The changed initiative', schema: InitiativeSchema },
    handle: async ({ coproduction, call, params, body }) => ({
      body: await coproduction.initiatives.update(params.id!, body as never, call),
    }),
  },
  {
    method: 'get',
    path: '/initiatives/:id/report',
    operationId: 'getPrinciplesReport',
    summary: 'Check the initiative against the co-production principles',
    tag: 'initiatives',
    access: 'staff',
    query: [
      {
        name: 'preset',
        schema: PresetSchema.default('recommended'),
        description: 'Which set of rules: `recommended` (default) or `strict`',
      },
      LANG_QUERY,
    ],
    response: { status: 200, description: 'The principles report', schema: ReportSchema },
    handle: async (rc) => {
      const { coproduction, call, params, query, report } = rc
      const raw = query('preset')
      const preset = raw === undefined ? 'recommended' : parseQuery(PresetSchema, raw, 'preset')
      const locale = reportLocale(rc)
      const snapshot = await coproduction.initiatives.snapshot(params.id!, call)
      return { body: await report(snapshot, { preset, plugins: coproduction.plugins, locale }), headers: localeHeaders(locale) }
    },
  },
  {
    method: 'post',
    path: '/initiatives/:id/report',
    operationId: 'checkPlanDraft',
    summary: 'Check a draft of the plan against the principles, as if the change were saved (staff); nothing is stored',
    tag: 'initiatives',
    access: 'staff',
    request: { schema: InitiativePatchSchema },
    query: [
      {
        name: 'preset',
        schema: PresetSchema.default('recommended'),
        description: 'Which set of rules: `recommended` (default) or `strict`',
      },
      LANG_QUERY,
    ],
    response: { status: 200, description: 'The principles report of the draft', schema: ReportSchema },
    handle: async (rc) => {
      const { coproduction, call, params, query, report, body } = rc
      const locale = reportLocale(rc)
      const draft = InitiativePatchSchema.parse(body)
      const raw = query('preset')
      const preset = raw === undefined ? 'recommended' : parseQuery(PresetSchema, raw, 'preset')
      const snapshot = await coproduction.initiatives.snapshot(params.id!, call)
      const initiative = { ...snapshot.initiative, ...Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) }
      return {
        body: await report({ ...snapshot, initiative }, { preset, plugins: coproduction.plugins, locale }),
        headers: localeHeaders(locale),
      }
    },
  },
  {
    method: 'get',
    path: '/initiatives/:id/impact',
    operationId: 'getImpact',
    summary: 'How much feedback got an answer, how fast, and who was thanked by name',
    tag: 'initiatives',
    access: 'public',
    query: [
      { name: 'from', schema: z.iso.date(), description: 'Count feedback given on or after this day (YYYY-MM-DD, UTC)' },
      { name: 'to', schema: z.iso.date(), description: 'Count feedback given on or before this day (YYYY-MM-DD, UTC)' },
    ],
    response: { status: 200, description: 'The impact summary', schema: ImpactSummarySchema },
    handle: async ({ coproduction, call, params, query }) => {
      const from = query('from')
      const to = query('to')
      // The service checks the days and says what is wrong with each, by name.
      const range = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }
      return { body: await coproduction.initiatives.impact(params.id!, call, range) }
    },
  },
]
