import { fileURLToPath } from 'node:url'
import { startDemo } from './demo-server.js'

// Serve the built app (`pnpm build` first) with a demo API.
const demo = await startDemo(fileURLToPath(new URL('../dist', import.meta.url)), Number(process.env.PORT ?? 3003))
console.log(`Open ${demo.url}/`)
