import { consentPurposeRoutes } from './consent-purposes.js'
import { decisionRoutes } from './decisions.js'
import { feedbackRoutes } from './feedback.js'
import { initiativeRecordRoutes } from './initiative-records.js'
import { initiativeRoutes } from './initiatives.js'
import { involvementRoutes } from './involvement.js'
import { memberConsentRoutes } from './member-consents.js'
import { memberDataRoutes } from './member-data.js'
import { organisationRoutes } from './organisations.js'
import type { RouteSpec } from './route-spec.js'
import { staffViewRoutes } from './staff-views.js'
import { updateRoutes } from './updates.js'

/** Every route of the HTTP contract (besides `GET /openapi.json`, which describes these). */
export const ALL_ROUTES: readonly RouteSpec[] = [
  ...consentPurposeRoutes,
  ...initiativeRoutes,
  ...staffViewRoutes,
  ...feedbackRoutes,
  ...updateRoutes,
  ...initiativeRecordRoutes,
  ...memberConsentRoutes,
  ...memberDataRoutes,
  ...decisionRoutes,
  ...involvementRoutes,
  ...organisationRoutes,
]
