import { pgliteStore } from '@coproduce/postgres'
import { describeConsentRoutes } from '../test-support/consent-route-suite.js'
import { describeRoutes } from '../test-support/route-suite.js'

// One PGlite instance for this file: it takes seconds to start.
describeRoutes('PGlite', async () => {
  const store = pgliteStore()
  await store.ready()
  return { store }
})
describeConsentRoutes('PGlite', async () => {
  const store = pgliteStore()
  await store.ready()
  return { store }
})
