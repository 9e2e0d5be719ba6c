/** Who is calling. `roles` containing `staff` opens the staff reads and writes. Null means anonymous. */
export interface Actor {
  id: string
  roles: string[]
}

export const STAFF_ROLE = 'staff'

export const isStaff = (actor: Actor | null | undefined): boolean => !!actor?.roles.includes(STAFF_ROLE)

/** Per-call context. */
export interface CallContext {
  actor: Actor | null
}
