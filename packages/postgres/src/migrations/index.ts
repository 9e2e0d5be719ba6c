import { initial } from './0001-initial.js'
import { outboxLastAttempt } from './0002-outbox-last-attempt.js'
import { consentNoticeErasure } from './0003-consent-notice-erasure.js'
import { decisions } from './0006-decisions.js'
import { organisations } from './0007-organisations.js'
import { rowLevelSecurity } from './0008-row-level-security.js'
import type { Migration } from './migration.js'

export type { Migration } from './migration.js'

/** Every migration, oldest first. Add new ones at the end; never change or remove one. */
export const migrations: readonly Migration[] = [
  initial,
  outboxLastAttempt,
  consentNoticeErasure,
  decisions,
  organisations,
  rowLevelSecurity,
]
