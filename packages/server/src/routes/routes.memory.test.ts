import { memoryStore } from '@coproduce/core'
import { describeConsentRoutes } from '../test-support/consent-route-suite.js'
import { describeDecisionRoutes } from '../test-support/decision-route-suite.js'
import { describeOrganisationRoutes } from '../test-support/organisation-route-suite.js'
import { describeRoutes } from '../test-support/route-suite.js'

describeRoutes('the memory store', async () => ({ store: memoryStore() }))
describeDecisionRoutes('the memory store', async () => ({ store: memoryStore() }))
describeConsentRoutes('the memory store', async () => ({ store: memoryStore() }))
describeOrganisationRoutes('the memory store', async () => ({ store: memoryStore() }))
