/**
 * `cem analyze` (run by `pnpm build`) writes custom-elements.json. Internal reactive state (`_name` properties)
 * is not part of the public API, so it is taken out of the manifest.
 */
const isInternal = (name) => typeof name === 'string' && name.startsWith('_')

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
            }
      },
    },
    {
      name: 'coproduce-strip-internal',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !isInternal(a.name) && !isInternal(a.fieldName))
            if (declaration.members)
              declaration.members = declaration.members.filter((m) => !isInternal(m.name) && m.privacy !== 'private' && m.privacy !== 'protected' && !String(m.name).startsWith('#'))
          }
        }
      },
    },
  ],
}
