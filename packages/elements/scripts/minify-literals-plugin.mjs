/**
 * An esbuild plugin (used by tsup) that minifies the HTML in Lit's html`…`/svg`…` templates and the CSS in its
 * css`…` templates at build time, with the maintained `minify-literals` package (html-minifier-terser and
 * clean-css underneath; `${…}` parts are kept as they are).
 */
import { readFile } from 'node:fs/promises'
import { minifyHTMLLiterals } from 'minify-literals'

export const minifyLiteralsPlugin = {
  name: 'minify-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8')
      if (!/\b(css|html|svg)`/.test(source)) return undefined
      const result = await minifyHTMLLiterals(source, { fileName: path })
      return { contents: result ? result.code : source, loader: 'ts' }
    })
  },
}
