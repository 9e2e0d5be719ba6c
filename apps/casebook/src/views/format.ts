const TIME_ZONE = 'Europe/London'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE })
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' })

/** "3 May 2026" */
export const formatDate = (iso: string | undefined): string => (iso ? dateFormat.format(new Date(iso)) : '')

/** "2026-05" to "May 2026" */
export const formatMonth = (month: string): string => monthFormat.format(new Date(`${month}-01T00:00:00Z`))

/** "2026-05" to "May" */
export const formatShortMonth = (month: string): string => shortMonthFormat.format(new Date(`${month}-01T00:00:00Z`))

/** "£40.35" */
export const formatMoney = (amount: number, currency = 'GBP'): string =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount)

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
