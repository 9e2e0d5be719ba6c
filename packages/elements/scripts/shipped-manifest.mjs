// custom-elements.json describes the package as it is published: module paths name the shipped entry points
// (`dist/feedback/index.js`), not the TypeScript sources, which are not in the package. Used as the last step of
// the manifest build (custom-elements-manifest.config.mjs).

/** The shipped file for a source module path, or undefined when the source has no entry point of its own. */
export function shippedPathOf(sourcePath, entryFolders) {
  const path = sourcePath.replace(/^\//, '').replace(/\.js$/, '.ts')
  if (path === 'src/index.ts') return 'dist/index.js'
  if (path === 'src/internal.ts' || path.startsWith('src/shared/')) return 'dist/internal.js'
  const folder = /^src\/([\w-]+)\//.exec(path)?.[1]
  return folder && entryFolders.includes(folder) ? `dist/${folder}/index.js` : undefined
}

/** Every `{ name, module }` reference inside `value`, rewritten to the shipped file (or left without a module). */
function rewriteReferences(value, entryFolders) {
  if (Array.isArray(value)) return value.forEach((v) => rewriteReferences(v, entryFolders))
  if (!value || typeof value !== 'object') return
  if (typeof value.module === 'string') {
    const shipped = shippedPathOf(value.module, entryFolders)
    if (shipped) value.module = shipped
    else delete value.module
  }
  for (const v of Object.values(value)) rewriteReferences(v, entryFolders)
}

/**
 * One module per published entry point: `dist/<widget>/index.js` with its element (class and definition),
 * `dist/index.js` exporting every element, and `dist/internal.js` with the base classes the elements extend.
 */
export function toShippedManifest(manifest, entryFolders) {
  const elements = []
  const bases = []
  for (const mod of manifest.modules ?? [])
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push({ mod, declaration })
      else if (declaration.kind === 'class' && ['CpElement', 'CpFormElement'].includes(declaration.name)) bases.push(declaration)
    }
  const modules = []
  const main = { kind: 'javascript-module', path: 'dist/index.js', declarations: [], exports: [] }
  for (const { mod, declaration } of elements) {
    const path = shippedPathOf(mod.path, entryFolders)
    if (!path || path === 'dist/internal.js') throw new Error(`${declaration.tagName} (${mod.path}) has no entry point of its own`)
    rewriteReferences(declaration, entryFolders)
    const ref = { name: declaration.name, module: path }
    modules.push({
      kind: 'javascript-module',
      path,
      declarations: [declaration],
      exports: [
        { kind: 'js', name: declaration.name, declaration: ref },
        { kind: 'custom-element-definition', name: declaration.tagName, declaration: ref },
      ],
    })
    main.exports.push({ kind: 'js', name: declaration.name, declaration: ref })
  }
  for (const base of bases) rewriteReferences(base, entryFolders)
  const internal = {
    kind: 'javascript-module',
    path: 'dist/internal.js',
    declarations: bases,
    exports: bases.map((b) => ({ kind: 'js', name: b.name, declaration: { name: b.name, module: 'dist/internal.js' } })),
  }
  manifest.modules = [main, internal, ...modules.sort((a, b) => a.path.localeCompare(b.path))]
  return manifest
}
