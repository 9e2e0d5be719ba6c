import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/**
 * Bundle the built `@coproduce/elements` (with Lit) into one file the static page can load with a script tag.
 * A site with its own bundler would import `@coproduce/elements` instead.
 */
export async function buildWidgets(): Promise<string> {
  const outfile = fileURLToPath(new URL('../public/coproduce-elements.js', import.meta.url))
  await build({
    stdin: { contents: "import '@coproduce/elements'", resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: true,
    target: 'es2022',
    outfile,
    logLevel: 'error',
    // @coproduce/elements 0.1.0 lists only its entry files in `sideEffects`, but its tags are registered in shared
    // chunks; honouring the list would drop the registration. Ignore it until the package lists its chunks.
    ignoreAnnotations: true,
  })
  return outfile
}
