const TIME_ZONE = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: TIME_ZONE,
})
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })

/** "3 May 2026" */
export const formatDate = (iso: string | undefined): string => (iso ? dateFormat.format(new Date(iso)) : '')

/** "3 May 2026, 10:00 am" */
export const formatDateTime = (iso: string | undefined): string => (iso ? dateTimeFormat.format(new Date(iso)) : '')

/** "2026-05" to "May 2026" */
export const formatMonth = (month: string): string => monthFormat.format(new Date(`${month}-01T00:00:00Z`))

/** "2026-05" to "May" */
export const formatShortMonth = (month: string): string => shortMonthFormat.format(new Date(`${month}-01T00:00:00Z`))

/** "£40.35" */
export const formatMoney = (amount: number, currency = 'GBP'): string =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount)

/** A date and a time typed in the UK (Europe/London) as an ISO date-time in UTC. */
export function londonToIso(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined
  const asUtc = new Date(`${date}T${time}:00Z`)
  if (Number.isNaN(asUtc.getTime())) return undefined
  const london = new Date(asUtc.toLocaleString('en-US', { timeZone: TIME_ZONE }))
  const utc = new Date(asUtc.toLocaleString('en-US', { timeZone: 'UTC' }))
  return new Date(asUtc.getTime() - (london.getTime() - utc.getTime())).toISOString()
}

const RATING_WORDS: Record<string, string> = {
  'very-good': 'Very good',
  good: 'Good',
  neither: 'Neither good nor poor',
  poor: 'Poor',
  'very-poor': 'Very poor',
  'dont-know': 'Don’t know',
}
export const ratingWords = (rating: string | undefined): string => (rating ? (RATING_WORDS[rating] ?? rating) : '')

const STATUS_WORDS: Record<string, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'not-possible': 'Not possible',
}
export const updateStatusWords = (status: string): string => STATUS_WORDS[status] ?? status

const KIND_WORDS: Record<string, string> = { rating: 'Rating', story: 'Story', idea: 'Idea', creative: 'Picture, sound or drawing' }
export const feedbackKindWords = (kind: string): string => KIND_WORDS[kind] ?? kind

const ROLE_WORDS: Record<string, string> = {
  'lived-experience': 'Lived experience',
  practitioner: 'Works in the service',
  commissioner: 'Commissioner',
  facilitator: 'Facilitator',
  'peer-researcher': 'Peer researcher',
}
export const roleWords = (role: string): string => ROLE_WORDS[role] ?? role

const VENUE_WORDS: Record<string, string> = {
  community: 'Community place',
  neutral: 'Neutral place',
  online: 'Online',
  professional: 'Office or meeting room',
  'service-premises': 'The service’s own building',
}
export const venueKindWords = (kind: string): string => VENUE_WORDS[kind] ?? kind
