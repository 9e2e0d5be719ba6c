import type { HostUser } from './session.js'

/** Two people who can sign in to the demo. Never ship passwords like these. */
export const DEMO_USERS: HostUser[] = [
  { id: 'user-cw-1', email: 'kim@acme.example', password: 'caseworker-demo', name: 'Kim', staff: true },
  { id: 'user-sam', email: 'sam@example.org', password: 'member-demo', name: 'Sam', staff: false },
]
