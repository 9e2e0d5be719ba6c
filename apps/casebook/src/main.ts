import { createCoproduction } from '@coproduce/core'
import { serve } from '@hono/node-server'
import { createApp } from './app.js'
import { readConfig } from './config.js'
import { seedDemo } from './demo/seed.js'
import { shiftableClock } from './demo/shiftable-clock.js'
import { elementsDistDir } from './elements-dir.js'
import { startDailyErase } from './retention/erase-hidden-words.js'
import { openStore } from './store/open-store.js'

const config = readConfig()
const store = await openStore(config)
const clock = shiftableClock()
const coproduction = createCoproduction({ store, clock })
if (await seedDemo(coproduction, clock)) console.log('Added the demo Truth Commission.')
// Words people said we should not keep are erased a month after they said so (see the consent guide).
const stopErasing = startDailyErase(coproduction, (error) => console.error('Could not erase hidden words:', error))

const app = createApp({
  coproduction,
  sessionSecret: config.sessionSecret,
  elementsDir: elementsDistDir(),
  demo: config.demo,
  secureCookies: config.secureCookies,
  trustProxy: config.trustProxy,
  bodyLimit: config.bodyLimit,
})
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`Casebook is running at http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${info.port}`)
  if (!config.demo) console.log('The demo picker is off (NODE_ENV=production). Set CASEBOOK_DEMO=1 to turn it on.')
  console.log(config.databaseUrl ? 'Data is kept in PostgreSQL (DATABASE_URL).' : `Data is kept in ${config.dataDir}`)
})

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  stopErasing()
  server.close()
  await coproduction.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
