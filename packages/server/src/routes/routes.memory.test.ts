import { memoryStore } from '@coproduce/core'
import { describeDecisionRoutes } from '../test-support/decision-route-suite.js'
import { describeRoutes } from '../test-support/route-suite.js'

describeRoutes('the memory store', async () => ({ store: memoryStore() }))
describeDecisionRoutes('the memory store', async () => ({ store: memoryStore() }))
