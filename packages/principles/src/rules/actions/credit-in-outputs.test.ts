import { RuleTester } from '../../testing/index.js'
import { creditInOutputs } from './credit-in-outputs.js'

const members = [
  { id: 'm1', displayName: 'Joy', roles: ['lived-experience' as const] },
  { id: 'st', displayName: 'Kate', roles: ['practitioner' as const] },
]
const consent = (status: 'given' | 'withdrawn') => [
  { id: 'c1', subject: 'm1', purposeId: 'credit-by-name', status, at: '2026-02-01T10:00:00Z' },
]
const output = (credits: string[]) => ({ outputs: [{ title: 'What we learned', kind: 'report' as const, credits }] })

new RuleTester().run(creditInOutputs, {
  valid: [
    { name: 'named with consent', snapshot: { members, consents: consent('given'), initiative: output(['m1']) } },
    { name: "false fail: a group credit needs no one's name", snapshot: { members, initiative: output(["Holbeck parents' group"]) } },
  ],
  invalid: [
    { name: 'false pass: credits only staff', snapshot: { members, initiative: output(['st']) }, message: 'not credit the people' },
    {
      name: 'names someone who took consent back',
      snapshot: { members, consents: consent('withdrawn'), initiative: output(['m1']) },
      message: 'Joy',
    },
  ],
  incomplete: [{ name: 'outputs not listed', snapshot: {} }],
  inapplicable: [{ name: 'nothing written yet', snapshot: { initiative: { outputs: [] } } }],
})
