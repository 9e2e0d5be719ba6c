import {
  CoproduceError,
  type FieldIssue,
  MEMBER_ROLES,
  type MemberInput,
  type MemberInputSchema,
  type MemberPatchSchema,
} from '@coproduce/core'
import { CASELOAD } from '../../demo/caseload.js'
import type { FieldErrors } from '../../forms/form-errors.js'
import { list, text, type FormBody } from '../../forms/read-form.js'
import { Choices, TextInput } from '../../views/fields.js'
import { roleWords } from '../../views/format.js'

/** The service's field errors in plain words, for adding a member and for changing their details. */
export const MEMBER_PLAIN_WORDS = {
  displayName: 'Enter the name they want to be called',
  roles: 'Choose at least one way they take part',
  hostRef: 'Choose a case from the list',
  paymentPreference: 'Choose how they would like to be paid',
  accessNeeds: 'Check what helps them take part',
}

/** The details staff can write down about a member, as the form sent them. Empty boxes are `undefined`. */
export interface MemberDetails {
  displayName: string
  roles: MemberInput['roles']
  hostRef: string | undefined
  paymentPreference: MemberInput['paymentPreference']
  accessNeeds: string[] | undefined
}

export function memberDetailsFrom(body: FormBody): MemberDetails {
  const needs = (text(body, 'accessNeeds') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return {
    displayName: text(body, 'displayName') as string,
    roles: list(body, 'roles') as MemberInput['roles'],
    hostRef: text(body, 'hostRef')?.toUpperCase(),
    paymentPreference: text(body, 'paymentPreference') as MemberInput['paymentPreference'],
    accessNeeds: needs.length > 0 ? needs : undefined,
  }
}

/**
 * Every problem with the form at once, before anything is saved: the service's own checks (from its schema) and
 * Casebook's (a case reference must be one of its cases), so staff never fix one round of errors to meet another.
 */
export function checkMemberForm(
  schema: typeof MemberInputSchema | typeof MemberPatchSchema,
  input: unknown,
  hostRef: string | undefined,
): void {
  const issues: FieldIssue[] = []
  // A name and a way of taking part are needed whether adding someone or changing their details.
  const { displayName, roles } = input as { displayName?: unknown; roles?: unknown[] }
  if (!displayName) issues.push({ path: ['displayName'], message: MEMBER_PLAIN_WORDS.displayName })
  if (!roles?.length) issues.push({ path: ['roles'], message: MEMBER_PLAIN_WORDS.roles })
  const parsed = schema.safeParse(input)
  if (!parsed.success) issues.push(...CoproduceError.fromZod(parsed.error).issues)
  if (hostRef && !CASELOAD.some((record) => record.ref === hostRef))
    issues.push({ path: ['hostRef'], message: `There is no case ${hostRef}. Check the reference or leave it empty.` })
  if (issues.length > 0) throw new CoproduceError('validation', 'Some answers need checking', issues)
}

/** The form rows for a member's details, filled from `body` (what was sent, or the member as they are). */
export function MemberFields({ body, errors }: { body: FormBody; errors: FieldErrors | undefined }) {
  return (
    <>
      <TextInput
        name="displayName"
        label="Name"
        hint="The name they want to be called."
        value={text(body, 'displayName')}
        errors={errors}
        autocomplete="off"
      />
      <Choices
        type="checkbox"
        name="roles"
        label="How do they take part?"
        hint="Choose all that apply."
        values={list(body, 'roles')}
        errors={errors}
        small
        options={MEMBER_ROLES.map((role) => ({ value: role, label: roleWords(role) }))}
      />
      <TextInput
        name="hostRef"
        label="Case reference (optional)"
        hint="If they have a case in Casebook, for example CB-1042."
        value={text(body, 'hostRef')}
        errors={errors}
        width="medium"
      />
      <Choices
        type="radio"
        name="paymentPreference"
        label="How would they like to be paid?"
        values={[text(body, 'paymentPreference') ?? '']}
        errors={errors}
        small
        options={[
          { value: 'cash', label: 'Cash' },
          { value: 'voucher', label: 'Vouchers' },
          { value: 'none', label: 'They do not want to be paid' },
        ]}
      />
      <TextInput
        name="accessNeeds"
        label="What helps them take part? (optional)"
        hint="For example: step-free access, large print. Put a comma between each one."
        value={text(body, 'accessNeeds')}
        errors={errors}
      />
    </>
  )
}
