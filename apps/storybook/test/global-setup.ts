import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const app = fileURLToPath(new URL('..', import.meta.url))
const built = join(app, 'storybook-static', 'index.json')

/** Newest modification time of any file under `dir` (skipping node_modules). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/**
 * The tests check the built catalogue, as people will see it. Build it when it is missing or older than the
 * stories, the Storybook config or the elements' build (under turbo, `build` has already run and this is quick).
 */
export default function setup(): void {
  const sources = Math.max(newest(join(app, 'stories')), newest(join(app, '.storybook')), newest(join(app, '../../packages/elements/dist')))
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return
  execFileSync('pnpm', ['exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: app,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  })
}
