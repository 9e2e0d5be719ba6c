import { ConsentPurposeSchema, purposesInLanguage } from '@coproduce/core'
import { z } from 'zod'
import type { RouteSpec } from './route-spec.js'

export const consentPurposeRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/consent-purposes',
    operationId: 'listConsentPurposes',
    summary: 'The things a person can say yes or no to, each on its own',
    tag: 'consent',
    access: 'public',
    response: { status: 200, description: 'Every consent purpose', schema: z.array(ConsentPurposeSchema) },
    handle: async ({ coproduction, languages }) => ({ body: purposesInLanguage(coproduction.consent.purposes(), languages()) }),
  },
]
