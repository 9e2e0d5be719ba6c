/**
 * The CLI tests run the real `node dist/cli.js`. Build it first when the source is newer than the build,
 * so `pnpm --filter @coproduce/principles test` works on its own (turbo builds before testing anyway).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
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

export default function setup(): void {
  if (process.env.COPRODUCE_SKIP_BUILD === '1') return
  if (builtAt() >= Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs)) return
  const result = spawnSync('pnpm', ['exec', 'tsup'], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`)
}
