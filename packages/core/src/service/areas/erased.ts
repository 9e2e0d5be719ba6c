import { CoproduceError } from '../../errors/coproduce-error.js'
import type { Member } from '../../schemas/member.js'

/** The `erased` error for a member: nothing more can be done as them or about them. Carries `erasedAt`. */
export function erasedError(member: Pick<Member, 'erasedAt'>, path?: (string | number)[]): CoproduceError {
  const message = 'This person’s information was removed'
  return new CoproduceError('erased', message, path ? [{ path, message }] : [], { erasedAt: member.erasedAt ?? '' })
}

/** The member, or `erased` when their personal data was erased. */
export function notErased(member: Member, path?: (string | number)[]): Member {
  if (member.erasedAt) throw erasedError(member, path)
  return member
}
