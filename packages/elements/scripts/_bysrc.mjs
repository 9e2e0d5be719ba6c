import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs'
const r = await build({ entryPoints: { entry: process.argv[2] ?? 'src/index.ts' }, bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', outdir: '/tmp/bysrc', write: false, metafile: true, logLevel: 'silent', plugins:[minifyCssLiteralsPlugin], mangleProps: /^_[a-z]/ })
const out = Object.entries(r.metafile.outputs).find(([k]) => k.endsWith('entry.js'))[1]
const rows = Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)
let tot=0; for (const [i,v] of rows) { tot+=v.bytesInOutput; console.log(String(v.bytesInOutput).padStart(6), i.replace(/.*node_modules\//,'')) }
console.log(tot, 'gz', gzipSync(r.outputFiles.find(f=>f.path.endsWith('entry.js')).text,{level:9}).length)
