import type { InitiativeSnapshot } from '@coproduce/core'
import { checkLanguage, type LanguageFlag } from '../../language/check-language.js'
import { defineRule, type RuleResult } from '../../types.js'
import { plan } from '../example.js'
import { docsFor, fail, incomplete, pass } from '../result.js'

/** The words people in the group will read: the plan's own text and the updates sent to them. */
export function textsToRead(snapshot: InitiativeSnapshot): { path: string; text: string }[] {
  const i = snapshot.initiative
  const out: { path: string; text: string }[] = [
    { path: 'initiative.title', text: i.title },
    { path: 'initiative.purpose', text: i.purpose },
  ]
  if (i.aims) out.push({ path: 'initiative.aims.text', text: i.aims.text })
  if (i.outcomes?.description) out.push({ path: 'initiative.outcomes.description', text: i.outcomes.description })
  i.scope?.negotiable.forEach((text, n) => out.push({ path: `initiative.scope.negotiable[${n}]`, text }))
  i.scope?.nonNegotiable.forEach((text, n) => out.push({ path: `initiative.scope.nonNegotiable[${n}]`, text }))
  i.stages?.forEach((s, n) => s.description && out.push({ path: `initiative.stages[${n}].description`, text: s.description }))
  i.agreements?.forEach((a, n) => out.push({ path: `initiative.agreements[${n}].text`, text: a.text }))
  if (i.groupChangePlan) out.push({ path: 'initiative.groupChangePlan', text: i.groupChangePlan })
  if (i.paymentPolicy?.voucherReason) out.push({ path: 'initiative.paymentPolicy.voucherReason', text: i.paymentPolicy.voucherReason })
  snapshot.updates.forEach((u, n) => {
    if (u.weDid) out.push({ path: `updates[${n}].weDid`, text: u.weDid })
    if (u.reason) out.push({ path: `updates[${n}].reason`, text: u.reason })
  })
  return out
}

const describeFlag = (f: LanguageFlag): string =>
  f.kind === 'reading-level'
    ? `${f.why.replace(/\.$/, '')} (hardest part: "${f.text.length > 80 ? `${f.text.slice(0, 77)}...` : f.text}")`
    : f.kind === 'acronym'
      ? `"${f.text}" is not written out`
      : `"${f.text}": try "${f.suggestion}"`

/** Language results are kept for texts seen before: plans are checked again and again, and mostly unchanged. */
const cache = new Map<string, LanguageFlag[]>()
function flagsFor(text: string, readingAge: number): LanguageFlag[] {
  const key = `${readingAge}\u0000${text}`
  let flags = cache.get(key)
  if (!flags) {
    flags = checkLanguage(text, { readingAge })
    if (cache.size > 5_000) cache.clear()
    cache.set(key, flags)
  }
  return flags
}

export const plainLanguage = defineRule({
  meta: {
    id: 'plain-language',
    principles: ['trust-transparency', 'empowerment-voice-choice', 'cultural-historical-gender'],
    stage: 'actions',
    severity: 'warning',
    source: 'Actions: Clear and transparent communication (Language)',
    quote:
      'Don\'t talk about \'hard to reach\' people, often it is academics and service providers who are hard to reach. Labels can be shaming. If you use jargon and complicated language people will feel disempowered and they might not come back.',
    docs: docsFor('plain-language'),
    description:
      'Checks the words people will read (the purpose, aims, scope, outcomes, ground rules and updates) for shaming labels, jargon, short forms not written out, and a reading age above 9.',
    guidance:
      'Use the plainer words suggested. Write short sentences with everyday words. Write a short form out in full the first time. Do not wait for people to tell you they did not understand: they may just not come back.',
    path: 'initiative.purpose',
    examples: {
      pass: plan({ initiative: { purpose: 'We want to hear from people who use the drop-in. What works? What would you change?' } }),
      fail: plan({ initiative: { purpose: 'Engage hard to reach service users to co-design the pathway with the VRU.' } }),
    },
  },
  check(snapshot, ctx) {
    const texts = textsToRead(snapshot)
    const results: RuleResult[] = []
    for (const { path, text } of texts) {
      const flags = flagsFor(text, ctx.readingAge)
      if (flags.length) results.push(fail(`${flags.map(describeFlag).join('; ')}.`, path))
    }
    if (results.length) return results
    if (texts.length <= 2 && snapshot.initiative.purpose.split(/\s+/).length < 4)
      return incomplete('The plan has too few words yet to check.')
    return pass(`The words people will read are plain (${texts.length} pieces of text checked).`)
  },
})
