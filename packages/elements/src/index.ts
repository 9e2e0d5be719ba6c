/**
 * `@coproduce/elements`: every widget (each registers its tag on import) and the browser client.
 * Import one widget alone from `@coproduce/elements/feedback`, `/consent`, `/updates` or `/principles-report`,
 * `/decision`, `/agreement` or `/my-involvement`; the staff widgets from `/sessions`, `/payments`, `/plan-check`, `/members` and `/decisions`.
 */
export * from './shared/index.js'
export * from './feedback/index.js'
export * from './consent/index.js'
export * from './updates/index.js'
export * from './principles-report/index.js'
export * from './decision/index.js'
export * from './agreement/index.js'
export * from './my-involvement/index.js'
export * from './feedback-inbox/index.js'
export * from './update-editor/index.js'
export * from './sessions/index.js'
export * from './payments/index.js'
export * from './plan-check/index.js'
export * from './members/index.js'
export * from './decisions/index.js'
