/**
 * The CLI tests run the real `node dist/cli.js`. Build it first when the source is newer than the build,
 * so `pnpm --filter @coproduce/principles test` works on its own (turbo builds before testing anyway).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))

function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

function builtAt(): number {
  try {
    return Math.min(statSync(join(root, 'dist/cli.js')).mtimeMs, statSync(join(root, 'dist/index.js')).mtimeMs)
  } catch {
    return 0
  }
}

function run(args: string[]): void {
  const result = spawnSync('pnpm', args, { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
}

export default function setup(): void {
  if (process.env.COPRODUCE_SKIP_BUILD === '1') return
  // The real CLI imports @coproduce/core from its build (turbo builds it first; this covers a bare `pnpm test`).
  if (!existsSync(join(root, '../core/dist/index.js'))) run(['--filter', '@coproduce/core', 'build'])
  if (builtAt() >= Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs)) return
  run(['exec', 'tsup'])
}
