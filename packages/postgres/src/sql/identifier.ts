/** A schema name the store accepts: letters, digits and underscores, starting with a letter or underscore. */
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/

/** Quote a schema name for SQL, refusing anything that is not a plain name. */
export function quoteSchema(name: string): string {
  if (!SAFE_NAME.test(name)) throw new TypeError(`Use a schema name made of letters, digits and underscores (got ${JSON.stringify(name)})`)
  return `"${name}"`
}

export const DEFAULT_SCHEMA = 'coproduce'

/** Quote a role name for SQL, refusing anything that is not a plain name. */
export function quoteRole(name: string): string {
  if (!SAFE_NAME.test(name)) throw new TypeError(`Use a role name made of letters, digits and underscores (got ${JSON.stringify(name)})`)
  return `"${name}"`
}
