import type { ExpiryReason } from '../lifecycles/consent.js'
import type { ConsentRecord } from '../schemas/consent.js'
import { dateInWords } from './date-in-words.js'

/** One current choice, as the receipt words need it. */
export interface ReceiptLine {
  title: string
  status: 'none' | 'given' | 'refused' | 'withdrawn' | 'expired'
  record?: ConsentRecord
  /** Why an `expired` choice no longer counts. */
  expiry?: ExpiryReason
}

export interface ReceiptWords {
  /** The person's name, or undefined to say "you". */
  displayName?: string
  issuedAt: string
  /** The subject themself, so records they made are "you said" and records staff made are "staff wrote down". */
  subject: string
  current: ReceiptLine[]
  history: { title: string; record: ConsentRecord }[]
}

const q = (title: string) => `“${title}”`

/** How staff heard the answer, when they wrote it down for the person. */
const HOW: Record<ConsentRecord['method'], string> = { paper: 'on paper', verbal: 'when you told them', widget: 'for you' }

/** One decision in plain words: who made it, what it was, how and when. No ids, no timestamps. */
export function decisionInWords(title: string, record: ConsentRecord, subject: string): string {
  const on = dateInWords(record.at)
  const byStaff = record.recordedBy !== subject && record.recordedBy !== 'anonymous'
  if (byStaff) {
    const what = record.status === 'withdrawn' ? 'that you took back your yes' : record.status === 'given' ? 'your yes' : 'your no'
    return `Staff wrote down ${what} to ${q(title)} ${HOW[record.method]} on ${on}.`
  }
  if (record.status === 'given') return `You said yes to ${q(title)} on ${on}.`
  if (record.status === 'withdrawn') return `You took back your yes to ${q(title)} on ${on}.`
  return `You said no to ${q(title)} on ${on}.`
}

function currentInWords(line: ReceiptLine, subject: string): string {
  if (!line.record || line.status === 'none') return `We have not asked you about ${q(line.title)} yet.`
  if (line.status === 'expired')
    return line.expiry === 'new-wording'
      ? `We changed the words of ${q(line.title)}, so your yes no longer counts. We will ask you again.`
      : `Your yes to ${q(line.title)} ran out on ${dateInWords(line.record.expiresAt ?? line.record.at)}.`
  return decisionInWords(line.title, line.record, subject)
}

/** The receipt a person can read: their name (or "you"), dates in words, each choice in plain words. */
export function receiptText(words: ReceiptWords): string {
  const lines = [
    words.displayName
      ? `${words.displayName}, these are your choices about your information.`
      : 'These are your choices about your information.',
    `We made this on ${dateInWords(words.issuedAt)}.`,
    '',
    'What you have said now:',
    ...words.current.map((line) => `- ${currentInWords(line, words.subject)}`),
    '',
    'Every choice, oldest first:',
  ]
  for (const { title, record } of words.history)
    lines.push(`- ${decisionInWords(title, record, words.subject)} You were shown: “${record.noticeText}”`)
  if (words.history.length === 0) lines.push('- None yet.')
  lines.push('', 'You can change your mind at any time. Saying no is always fine.')
  return lines.join('\n')
}
