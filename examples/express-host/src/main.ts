import { createCoproduction, memoryStore } from '@coproduce/core'
import { createApp } from './app.js'
import { hostIdentity } from './identity-plugin.js'
import { createSessions } from './session.js'
import { DEMO_USERS } from './users.js'

// memoryStore keeps nothing when the process stops. Use pgliteStore or postgresStore from @coproduce/postgres for real.
const coproduction = createCoproduction({ store: memoryStore(), plugins: [hostIdentity] })
const app = createApp({ coproduction, sessions: createSessions(DEMO_USERS) })

const port = Number(process.env.PORT ?? 3001)
app.listen(port, () => {
  console.log(`Acme Housing is on http://localhost:${port} with Coproduce under /api/coproduce`)
})
