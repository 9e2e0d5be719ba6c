import { ConsentPurposeSchema, OrganisationInputSchema, OrganisationSchema } from '@coproduce/core'
import { z } from 'zod'
import type { RouteSpec } from './route-spec.js'

/** Platform operators list and create the organisations (tenants) on the platform. Names and ids only. */
export const organisationRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/organisations',
    operationId: 'listOrganisations',
    summary: 'List the organisations on the platform (platform operators only; no personal data)',
    tag: 'organisations',
    access: 'operator',
    response: { status: 200, description: 'Every organisation, by name', schema: z.array(OrganisationSchema) },
    handle: async ({ coproduction, call }) => ({ body: await coproduction.organisations.list(call) }),
  },
  {
    method: 'post',
    path: '/organisations',
    operationId: 'createOrganisation',
    summary: 'Add an organisation to the platform (platform operators only)',
    tag: 'organisations',
    access: 'operator',
    request: { schema: OrganisationInputSchema },
    response: { status: 201, description: 'The new organisation', schema: OrganisationSchema },
    handle: async ({ coproduction, call, body }) => ({ status: 201, body: await coproduction.organisations.create(body as never, call) }),
  },
  {
    method: 'get',
    path: '/organisations/mine/consent-purposes',
    operationId: 'listOrganisationConsentPurposes',
    summary: "The consent purposes that apply in the caller's organisation: everyone's, then the organisation's own",
    tag: 'consent',
    access: 'signed-in',
    response: { status: 200, description: 'Every purpose that applies', schema: z.array(ConsentPurposeSchema) },
    handle: async ({ coproduction, call }) => ({ body: await coproduction.organisations.purposes(call) }),
  },
  {
    method: 'post',
    path: '/organisations/mine/consent-purposes',
    operationId: 'addOrganisationConsentPurpose',
    summary:
      "Add a consent purpose for the caller's organisation only (staff). A new version of one of its own purposes replaces it, and people are asked again",
    tag: 'consent',
    access: 'staff',
    request: { schema: ConsentPurposeSchema },
    response: { status: 201, description: 'The purpose added', schema: ConsentPurposeSchema },
    handle: async ({ coproduction, call, body }) => ({
      status: 201,
      body: await coproduction.organisations.addPurpose(body as never, call),
    }),
  },
]
