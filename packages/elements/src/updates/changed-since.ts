/**
 * Remembers values between renders and says whether any changed. Widgets use it instead of Lit's `changed` map,
 * which forgets changes made while a render was skipped (for example while Welsh or Urdu words were loading).
 */
export function changeTracker() {
  let last: readonly unknown[] | undefined
  return (...values: unknown[]): boolean => {
    const changed = !last || values.length !== last.length || values.some((value, i) => !Object.is(value, last![i]))
    last = values
    return changed
  }
}
