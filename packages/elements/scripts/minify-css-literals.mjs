/**
 * An esbuild plugin (used by tsup) that minifies the CSS inside Lit's css`…` templates (and the layout whitespace
 * of its html`…` templates) at build time, with
 * esbuild's own CSS minifier. Templates with `${…}` parts or backslashes are left as they are.
 */
import { readFile } from 'node:fs/promises'
import { transform } from 'esbuild'
import { minifyHtmlLiterals } from './minify-html-literals.mjs'

// Lit's css`…`, or a plain template marked with a /* css */ comment (CSS kept as text, e.g. to adopt later).
const TEMPLATE = /(\bcss|\/\* css \*\/ )`([^`$\\]*)`/g

export async function minifyCssLiterals(source) {
  const found = [...source.matchAll(TEMPLATE)]
  let out = source
  for (const [whole, tag, body] of found) {
    try {
      const minified = (await transform(body, { loader: 'css', minify: true, logLevel: 'silent' })).code
      // esbuild keeps the space after a comma in values (`var(--cp-space, 1rem)`); CSS does not need it. Text in
      // quotes is left as it is.
      const code = minified
        .split(/("[^"]*"|'[^']*')/)
        .map((part, i) => (i % 2 ? part : part.replace(/,\s+/g, ',')))
        .join('')
      if (!code.includes('`') && !code.includes('${') && !code.includes('\\')) out = out.replace(whole, () => `${tag}\`${code.trim()}\``)
    } catch {
      // Leave CSS esbuild cannot parse as it is.
    }
  }
  return out
}

export const minifyCssLiteralsPlugin = {
  name: 'minify-css-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8')
      if (!/\b(css|html|svg)`/.test(source)) return undefined
      // html`…` templates lose their layout whitespace too (scripts/minify-html-literals.mjs).
      return { contents: await minifyCssLiterals(minifyHtmlLiterals(source)), loader: 'ts' }
    })
  },
}
