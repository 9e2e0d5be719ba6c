import { readFileSync } from 'node:fs'
import { evaluate } from '../dist/index.js'
const snap = JSON.parse(readFileSync('fixtures/may-day-trust.json', 'utf8'))
for (let k = 0; k < 8; k++) { const t = performance.now(); for (let i = 0; i < 200; i++) evaluate(snap); console.log(k, ((performance.now() - t) / 200 * 1000).toFixed(0), 'µs') }
