// Starts the built Casebook on PostgreSQL for the `postgres` Playwright project: a fresh database in the server at
// PG_URL (or in a throwaway server from scripts/pg-start.sh), dropped again when Playwright stops it with SIGTERM.
// As in production: an owner role migrates, and Casebook connects as an application role that owns nothing, so
// PostgreSQL's row-level security holds for every request.
import { execFileSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url))
let serverUrl = process.env.PG_URL
let stopServer = () => {}
if (!serverUrl) {
  const { FORCE_COLOR: _color, ...env } = process.env
  const output = execFileSync('bash', [`${scripts}pg-start.sh`, '--env'], { encoding: 'utf8', env: { ...env, NO_COLOR: '1' } })
  const vars = Object.fromEntries([...output.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1], m[2]]))
  if (!vars.PG_URL) throw new Error(`pg-start.sh did not print PG_URL:\n${output}`)
  serverUrl = vars.PG_URL
  stopServer = () => execFileSync('bash', [`${scripts}pg-stop.sh`], { env: { ...process.env, ...vars } })
}

const database = `casebook_e2e_${process.pid}_${Date.now()}`
const admin = async (sql) => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
const owner = `${database}_owner`
const app = `${database}_app`
await admin(`CREATE DATABASE ${database}`)
await admin(`CREATE ROLE ${owner} LOGIN; CREATE ROLE ${app} LOGIN; GRANT CREATE ON DATABASE ${database} TO ${owner}`)
const as = (role) => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  url.username = role
  return url.toString()
}

const casebook = spawn(process.execPath, ['dist/main.js'], {
  env: { ...process.env, DATABASE_URL: as(app), MIGRATION_DATABASE_URL: as(owner), DATA_DIR: '/nonexistent-must-not-be-used' },
  stdio: 'inherit',
})
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => casebook.kill(signal))
casebook.on('exit', async (code) => {
  try {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin(`DROP ROLE IF EXISTS ${app}; DROP ROLE IF EXISTS ${owner}`)
  } finally {
    stopServer()
    process.exit(code ?? 0)
  }
})
