import type { Template } from '../types.js'
import * as cy from './cy.js'
import * as ur from './ur.js'

/** Welsh and Urdu, keyed `ruleId/messageId`, `ruleId/guidance`, `common/…`, `ladder/…` and `cli/…`. Built once, on import. */
export const CATALOGUES: Record<'cy' | 'ur', Record<string, Template>> = {
  cy: { ...cy.common, ...cy.ladder, ...cy.foundations, ...cy.interactions, ...cy.actions, ...cy.readiness, ...cy.cli },
  ur: { ...ur.common, ...ur.ladder, ...ur.foundations, ...ur.interactions, ...ur.actions, ...ur.readiness, ...ur.cli },
}
