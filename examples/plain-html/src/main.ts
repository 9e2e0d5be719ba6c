import { buildWidgets } from './build-widgets.js'
import { startDemo } from './server.js'

await buildWidgets()
const demo = await startDemo({ port: Number(process.env.PORT ?? 3002) })
console.log(`Open ${demo.url}/ to see the widgets (the API is under /api/coproduce)`)
