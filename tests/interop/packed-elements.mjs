// @coproduce/elements as a vendor gets it: `pnpm pack` of core and elements (as publishing would), installed with
// npm into a new folder outside the workspace. The framework apps are bundled against that install, not the
// workspace's source, so a file left out of the tarball or a wrong `exports` entry fails the interop test.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packages = fileURLToPath(new URL('../../packages/', import.meta.url))

/** Packs and installs; returns the folder whose node_modules holds the installed packages, and a clean-up. */
export function installPackedElements() {
  const work = mkdtempSync(join(tmpdir(), 'coproduce-interop-'))
  const tarballs = join(work, 'tarballs')
  const project = join(work, 'project')
  mkdirSync(tarballs)
  mkdirSync(project)
  for (const dir of ['core', 'elements'])
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(packages, dir), stdio: 'pipe' })
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'interop-host', private: true, type: 'module' }))
  const files = readdirSync(tarballs).map((f) => join(tarballs, f))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files], { cwd: project, stdio: 'pipe' })
  return { project, remove: () => rmSync(work, { recursive: true, force: true }) }
}

/** An esbuild plugin that resolves `@coproduce/elements` (and its entry points) from `project`'s install. */
export const resolveElementsFrom = (project) => ({
  name: 'packed-elements',
  setup(build) {
    build.onResolve({ filter: /^@coproduce\/elements(\/.*)?$/ }, (args) =>
      args.pluginData === 'packed' ? undefined : build.resolve(args.path, { kind: args.kind, resolveDir: project, pluginData: 'packed' }),
    )
  },
})
