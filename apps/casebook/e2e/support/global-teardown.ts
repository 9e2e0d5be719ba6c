import { rmSync } from 'node:fs'

/** Removes the PGlite folder the test server used. */
export default function globalTeardown(): void {
  const dir = process.env.CASEBOOK_E2E_DATA_DIR
  if (dir?.includes('casebook-e2e-')) rmSync(dir, { recursive: true, force: true })
}
