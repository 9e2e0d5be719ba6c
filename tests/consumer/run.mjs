/**
 * The consumer test: what a vendor's developer meets, outside the monorepo.
 *
 * 1. Packs every package with `pnpm pack` (as publishing would).
 * 2. Follows docs/getting-started.md step by step in a new folder outside the workspace: once with npm on
 *    PGlite, once with pnpm on PostgreSQL (PG_URL). Files are the guide's titled code blocks; commands are its
 *    `sh` blocks, run as written (the `@coproduce/*` names point at the packed tarballs; the server's port is a
 *    free one instead of 3000).
 * 3. Once the guide's server is up, a real Chromium opens its page and gives feedback with the widget, and the
 *    guide's own `curl` as staff must return those words.
 * 4. Typechecks a strict consumer (`skipLibCheck: false`) under `node16`, `nodenext` and `bundler`, with the
 *    widgets' tags in Preact JSX (`@coproduce/elements/jsx`).
 *
 * Prints one line per check and a closing "N passed, N failed" line; exits 1 if anything failed.
 */
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../test-support/chromium-launch.mjs'
import { forPnpm, readGuide } from './guide.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'coproduce-consumer-'))
const results = []
const keep = process.env.KEEP_CONSUMER_DIR === '1'

function check(name, ok, detail = '') {
  results.push(ok)
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}${
      ok || !detail
        ? ''
        : `\n${String(detail)
            .trim()
            .split('\n')
            .map((l) => `     ${l}`)
            .join('\n')}`
    }`,
  )
  return ok
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Runs one shell line in `cwd`; resolves with its exit code and output (never throws). */
function sh(line, cwd, env = {}) {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', line], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolve({ code, output }))
  })
}

/** Starts the guide's server line in the background and waits until it says where it runs. */
function startServer(line, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `exec ${line}`], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s:\n${output}`)), 120_000)
    const onData = (d) => {
      output += d
      if (/running at/i.test(output)) {
        clearTimeout(timer)
        resolve({ child, output: () => output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server stopped (exit ${code}):\n${output}`))
    })
  })
}

// 1. Pack every package.
const tarballDir = join(work, 'tarballs')
mkdirSync(tarballDir)
const tarballs = {}
for (const dir of readdirSync(join(root, 'packages'))) {
  const pkgDir = join(root, 'packages', dir)
  if (!existsSync(join(pkgDir, 'package.json'))) continue
  const { name, private: isPrivate } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
  if (isPrivate) continue
  const before = new Set(readdirSync(tarballDir))
  execFileSync('pnpm', ['pack', '--pack-destination', tarballDir], { cwd: pkgDir, stdio: 'pipe' })
  const made = readdirSync(tarballDir).find((f) => !before.has(f))
  tarballs[name] = join(tarballDir, made)
}
check(`packed ${Object.keys(tarballs).length} packages`, Object.keys(tarballs).length >= 6, JSON.stringify(tarballs))

/** The guide's install line, with our package names pointing at the tarballs. */
const withTarballs = (line) => line.replace(/@coproduce\/[a-z-]+/g, (name) => tarballs[name] ?? name)

const steps = readGuide(join(root, 'docs', 'getting-started.md'))
check('the guide has files and commands to follow', steps.some((s) => s.kind === 'file') && steps.some((s) => s.kind === 'command'))

async function freshDatabase() {
  const url = process.env.PG_URL
  if (!url) throw new Error('PG_URL is not set: the consumer test runs the guide on PostgreSQL too (scripts/pg-start.sh starts one)')
  const name = `consumer_${Date.now()}_${Math.floor(Math.random() * 1e6)}`
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const db = new URL(url)
  db.pathname = `/${name}`
  return db.toString()
}

/** Gives feedback with the widget on the guide's page, as a person would. Returns the words sent. */
async function giveFeedback(url, label) {
  const words = `The drop-in should open on Saturday mornings (${label}).`
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(url)
    const feedback = page.locator('cp-feedback')
    await feedback.getByRole('radio', { name: 'Good', exact: true }).check({ timeout: 30_000 })
    await feedback.getByRole('textbox').first().fill(words)
    await feedback.getByRole('button', { name: 'Send' }).click()
    await feedback.getByRole('heading', { name: 'Thank you' }).waitFor({ timeout: 30_000 })
    check(`${label}: the page loads the widgets with no script errors`, errors.length === 0, errors.join('\n'))
    return words
  } finally {
    await browser.close()
  }
}

async function followGuide(manager, database) {
  const label = `${manager} + ${database}`
  const project = join(work, `${manager}-${database}`)
  mkdirSync(project)
  const port = await freePort()
  const env = { PORT: String(port), npm_config_yes: 'true', CI: 'true' }
  if (database === 'postgres') env.DATABASE_URL = await freshDatabase()
  else delete process.env.DATABASE_URL
  let server
  let sent
  try {
    for (const step of steps) {
      if (step.kind === 'file') {
        mkdirSync(dirname(join(project, step.path)), { recursive: true })
        writeFileSync(join(project, step.path), step.text)
        continue
      }
      // The test made the folder itself: it is the project folder.
      if (/^mkdir\b.*&&\s*cd\b/.test(step.line)) continue
      const shown = manager === 'pnpm' ? forPnpm(step.line) : step.line
      const line = withTarballs(shown).replaceAll('127.0.0.1:3000', `127.0.0.1:${port}`)
      if (manager === 'pnpm' && /^pnpm add (?!-D)/.test(line)) {
        // pnpm resolves each package's own dependencies apart: point ours at the tarballs too.
        const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))
        pkg.pnpm = {
          overrides: Object.fromEntries(Object.entries(tarballs).map(([n, p]) => [n, `file:${p}`])),
          onlyBuiltDependencies: ['esbuild'],
        }
        writeFileSync(join(project, 'package.json'), JSON.stringify(pkg, null, 2))
      }
      if (/\b(tsx|node) server\.ts$/.test(line)) {
        server = await startServer(line, project, env)
        check(`${label}: ${shown}`, true)
        sent = await giveFeedback(`http://127.0.0.1:${port}/`, label)
        check(`${label}: feedback given in Chromium with <cp-feedback>`, !!sent)
        continue
      }
      const { code, output } = await sh(line, project, env)
      const ok = check(`${label}: ${shown}`, code === 0, `exit ${code}\n${output.slice(-3000)}`)
      if (/curl\b.*\/feedback$/.test(step.line) && ok)
        check(`${label}: staff read the words given in the browser`, output.includes(sent ?? '\u0000'), output.slice(0, 2000))
      if (/consent-purposes$/.test(step.line) && ok)
        check(`${label}: the seven default purposes`, output.includes('store-contribution') && output.includes('quote-anonymously'))
      if (!ok && /(install|add) /.test(line)) return project
    }
  } catch (error) {
    check(`${label}: the guide runs to the end`, false, error?.stack ?? error)
  } finally {
    server?.child.kill('SIGTERM')
  }
  return project
}

/** A strict consumer: every package's public API, with `skipLibCheck: false`, under each module resolution. */
async function typecheckStrictConsumer(project) {
  const { code, output } = await sh('npm install --save-dev typescript@5.9.3 @types/node@20 preact@10.29.0', project)
  if (!check('strict consumer: TypeScript (and Preact, for JSX) installed', code === 0, output.slice(-2000))) return
  cpSync(join(here, 'consumer-types.ts'), join(project, 'consumer-types.ts'))
  cpSync(join(here, 'consumer-jsx.tsx'), join(project, 'consumer-jsx.tsx'))
  for (const [module, moduleResolution] of [
    ['node16', 'node16'],
    ['nodenext', 'nodenext'],
    ['esnext', 'bundler'],
  ]) {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        target: 'es2022',
        module,
        moduleResolution,
        lib: ['es2022', 'dom'],
        types: ['node'],
        // The widgets' tags in JSX, typed by @coproduce/elements/jsx (consumer-jsx.tsx).
        jsx: 'react-jsx',
        jsxImportSource: 'preact',
      },
      files: ['consumer-types.ts', 'consumer-jsx.tsx'],
    }
    writeFileSync(join(project, `tsconfig.${moduleResolution}.json`), JSON.stringify(tsconfig, null, 2))
    const result = await sh(`npx tsc -p tsconfig.${moduleResolution}.json`, project)
    check(`strict consumer typechecks with skipLibCheck false under ${moduleResolution}`, result.code === 0, result.output.slice(0, 4000))
  }
}

try {
  const npmProject = await followGuide('npm', 'pglite')
  await followGuide('pnpm', 'postgres')
  await typecheckStrictConsumer(npmProject)
} finally {
  if (keep) console.log(`Kept the consumer projects in ${work}`)
  else rmSync(work, { recursive: true, force: true })
}

const failed = results.filter((ok) => !ok).length
console.log(`\n${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
