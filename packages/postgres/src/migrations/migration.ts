/**
 * One forward-only change to the database. Migrations are plain SQL kept as TypeScript strings, so they ship
 * inside the build. `sql` receives the quoted schema name (for example `"coproduce"`) to put before every table.
 * A migration is never edited once released: change the database by adding the next version.
 */
export interface Migration {
  version: number
  name: string
  sql(schema: string): string
}
