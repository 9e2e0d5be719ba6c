export { RuleTester, assertCase, type RuleTestCase, type RuleTestTables, type TesterOptions } from './rule-tester.js'
export { runRule } from './run-rule.js'
export { plan, type PlanInput } from '../rules/example.js'
