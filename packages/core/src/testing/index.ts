export { describeStoreConformance, type StoreConformanceOptions } from './store-conformance.js'
export { manualClock, sequentialIds, uniqueId, type ManualClock } from './fakes.js'
export { describeConsentConformance } from './consent-conformance.js'
