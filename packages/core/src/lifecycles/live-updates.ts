import type { Update } from '../schemas/update.js'

/**
 * The updates still standing: a taken-down update no longer shows in public, answers no feedback, thanks no one and
 * is no evidence for the principles. Staff still read it, with when and why it came down.
 */
export const liveUpdates = <U extends Pick<Update, 'withdrawn'>>(updates: readonly U[]): U[] => updates.filter((u) => !u.withdrawn)
