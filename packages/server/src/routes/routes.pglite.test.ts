import { pgliteStore } from '@coproduce/postgres'
import { describeConsentRoutes } from '../test-support/consent-route-suite.js'
import { describeDecisionRoutes } from '../test-support/decision-route-suite.js'
import { describeOrganisationRoutes } from '../test-support/organisation-route-suite.js'
import { describeRoutes } from '../test-support/route-suite.js'

// Each suite starts its own PGlite (it takes seconds) in its beforeAll.
const openStore = async () => {
  const store = pgliteStore()
  await store.ready()
  return { store }
}

describeRoutes('PGlite', openStore)
describeDecisionRoutes('PGlite', openStore)
describeConsentRoutes('PGlite', openStore)
describeOrganisationRoutes('PGlite', openStore)
