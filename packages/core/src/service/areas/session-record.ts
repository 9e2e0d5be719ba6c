import { normaliseAttendees, type Attendance, type Session } from '../../schemas/session.js'

/** A session as read from a store: attendance stored in the old form (plain member ids) comes back in the current form. */
export function storedSession(session: Session): Session {
  const attendees = normaliseAttendees(session.attendees as readonly (string | Attendance)[] | undefined)
  return attendees ? { ...session, attendees } : session
}
