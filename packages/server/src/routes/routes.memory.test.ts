import { memoryStore } from '@coproduce/core'
import { describeRoutes } from '../test-support/route-suite.js'

describeRoutes('the memory store', async () => ({ store: memoryStore() }))
