import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
const entry = process.argv[2]
const r = await build({ entryPoints: { entry }, bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', outdir: '/size-out', write: false, metafile: true, logLevel: 'silent' })
for (const [out, o] of Object.entries(r.metafile.outputs)) {
  const file = r.outputFiles.find(f => f.path.endsWith(out.split('/').pop()))
  console.log(out, o.bytes, 'gz', gzipSync(file.text,{level:9}).length, o.imports.map(i=>i.kind[0]+':'+i.path.split('/').pop()).join(' '))
  const ins = Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)
  for (const [i, v] of ins) if (v.bytesInOutput>200) console.log('   ', v.bytesInOutput, i.replace(/.*node_modules\//,''))
}
