// The widgets the interop tests cover: each tag is published at `@coproduce/elements/<tag without cp->`.
export const PARTICIPANT_TAGS = [
  'cp-feedback',
  'cp-consent',
  'cp-updates',
  'cp-principles-report',
  'cp-decision',
  'cp-agreement',
  'cp-my-involvement',
]
export const STAFF_TAGS = [
  'cp-feedback-inbox',
  'cp-update-editor',
  'cp-sessions',
  'cp-payments',
  'cp-plan-check',
  'cp-members',
  'cp-decisions',
]
export const TAGS = [...PARTICIPANT_TAGS, ...STAFF_TAGS]
/** The package's entry points: the root, then one per widget. */
export const ENTRIES = ['', ...TAGS.map((tag) => `/${tag.slice(3)}`)]
