/**
 * `cem analyze` (run by `pnpm build`) writes custom-elements.json. Internal reactive state (`_name` properties)
 * is not part of the public API, so it is taken out of the manifest.
 */
const isInternal = (name) => typeof name === 'string' && name.startsWith('_')

import { fileURLToPath } from 'node:url'
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration'
import { customElementJsxPlugin } from 'custom-element-jsx-integration'
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration'
import { readFileSync } from 'node:fs'
import { fixJsxTypes } from './scripts/jsx-types-fixup.mjs'
import { toShippedManifest } from './scripts/shipped-manifest.mjs'
import { widgetSurface } from './scripts/widget-surface.mjs'

const src = fileURLToPath(new URL('./src/', import.meta.url))
/** The widget folders the package publishes as entry points (`./feedback` → `dist/feedback/index.js`). */
const entryFolders = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).exports)
  .map((key) => /^\.\/([\w-]+)$/.exec(key)?.[1])
  .filter(Boolean)

/** `define('cp-x', CpX)` calls (src/shared/define.ts), found while analysing: class name → tag. */
const defined = new Map()

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.engine-check.ts', 'src/test-support/**', 'src/**/fixtures.ts', 'src/**/*.fixture.ts', 'bench/**'],
  litelement: true,
  plugins: [
    {
      name: 'coproduce-define-calls',
      analyzePhase({ ts, node }) {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return
        const [tag, element] = node.arguments
        if (tag && element && ts.isStringLiteral(tag)) defined.set(element.getText(), tag.text)
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const declaration of mod.declarations ?? [])
            if (defined.has(declaration.name)) {
              declaration.customElement = true
              declaration.tagName = defined.get(declaration.name)
              const tag = declaration.tagName
              mod.exports ??= []
              if (!mod.exports.some((x) => x.kind === 'custom-element-definition' && x.name === tag))
                mod.exports.push({
                  kind: 'custom-element-definition',
                  name: tag,
                  declaration: { name: declaration.name, module: mod.path },
                })
            } else if (declaration.customElement && !declaration.tagName) {
              // A base class (CpElement) is no element of its own: it defines no tag.
              delete declaration.customElement
            }
      },
    },
    {
      name: 'coproduce-strip-internal',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((a) => !isInternal(a.name) && !isInternal(a.fieldName))
            if (declaration.members)
              declaration.members = declaration.members.filter(
                (m) => !isInternal(m.name) && m.privacy !== 'private' && m.privacy !== 'protected' && !String(m.name).startsWith('#'),
              )
          }
        }
      },
    },
    {
      // Every part and CSS custom property a widget's templates and styles use is listed, even without a JSDoc line.
      name: 'coproduce-complete-surface',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          const folder = /^src\/([\w-]+)\//.exec(mod.path)?.[1]
          if (!folder || folder === 'shared') continue
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.customElement) continue
            const { parts, cssProperties } = widgetSurface(src, folder)
            declaration.cssParts ??= []
            declaration.cssProperties ??= []
            for (const name of parts)
              if (!declaration.cssParts.some((p) => p.name === name))
                declaration.cssParts.push({ name, description: `The \`${name}\` part.` })
            for (const name of cssProperties)
              if (!declaration.cssProperties.some((p) => p.name === name))
                declaration.cssProperties.push({ name, description: `Read by the widget's styles.` })
          }
        }
      },
    },
    {
      // Module paths name the shipped files (dist/…), not the sources, which are not published.
      name: 'coproduce-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        toShippedManifest(customElementsManifest, entryFolders)
      },
    },
    // Editor data, made from the finished manifest (so after the plugins above): tag, attribute, event, part and
    // CSS property hints in VS Code (`html.customData`) and in JetBrains IDEs (the `web-types` field).
    // JSX types for the tags (Preact, Solid, Stencil, React's own JSX): `CustomElements` from `@coproduce/elements/jsx`.
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', globalTypePath: './index.js', hideLogs: true }),
    {
      name: 'coproduce-jsx-event-types',
      packageLinkPhase() {
        fixJsxTypes(fileURLToPath(new URL('./dist/jsx.d.ts', import.meta.url)))
      },
    },
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: '.',
      webTypesFileName: 'web-types.json',
      excludeCss: false,
      hideLogs: true,
      // The manifest's paths already name the shipped entry that defines each element.
      modulePathTemplate: (_name, modulePath) => modulePath,
    }),
  ],
}
