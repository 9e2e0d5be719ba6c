/**
 * `@coproduce/react`: the Coproduce web components as React components, made with `@lit/react`.
 * Each one registers its tag when imported. Events are props: `onCpSubmit`, `onCpQueued`, `onCpConsentChange`,
 * `onCpError`, `onCpLoad`.
 */
export * from './generated/index.js'
