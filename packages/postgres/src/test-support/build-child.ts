import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { SOURCE_CONDITION } from '../../../../test-support/source-condition.mjs'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Bundle a TypeScript entry into one ES module that plain `node` can run as a real child process. It lands
 * inside this package's `node_modules/.cache`, so `pg` resolves from there as it would in a host.
 */
export async function buildChild(entry: string, name: string): Promise<string> {
  const dir = here('../../node_modules/.cache/coproduce-postgres-test')
  mkdirSync(dir, { recursive: true })
  const outfile = `${dir}/${name}-${process.pid}.mjs`
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pg', '@electric-sql/pglite'],
    // Workspace packages from their sources, as in the tests themselves; `module` is esbuild's default otherwise.
    conditions: [SOURCE_CONDITION, 'module'],
    logLevel: 'error',
  })
  return outfile
}
