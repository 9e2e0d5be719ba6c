export { describeStoreConformance, type StoreConformanceOptions } from './store-conformance.js'
export { manualClock, sequentialIds, uniqueId, type ManualClock } from './fakes.js'
export { describeConsentConformance } from './consent-conformance.js'
export {
  describeOrganisationIsolation,
  seedOrganisation,
  operations as isolationOperations,
  actorKinds,
  actorOf,
  ghostIds,
  outcome,
  traces,
  type OrganisationIds,
  type ActorKind,
} from './organisation-isolation.js'
