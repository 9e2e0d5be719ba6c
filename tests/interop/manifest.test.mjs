// custom-elements.json is complete: for every widget, every public property, event (with its type), CSS part and
// CSS custom property its code uses is listed, and the tag is defined. Checked against the widgets themselves
// (their reactive properties at run time, their templates and styles), so the manifest cannot drift. The editor
// data made from it (VS Code custom data, JetBrains web-types) is shipped, and says the same.
import '@coproduce/elements'
import '@coproduce/elements/feedback-inbox'
import '@coproduce/elements/update-editor'
import '@coproduce/elements/sessions'
import '@coproduce/elements/payments'
import '@coproduce/elements/plan-check'
import '@coproduce/elements/members'
import '@coproduce/elements/decisions'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { widgetSurface } from '../../packages/elements/scripts/widget-surface.mjs'
import { TAGS } from './widgets.mjs'

const require = createRequire(import.meta.url)
const manifest = require('@coproduce/elements/custom-elements.json')
const src = join(dirname(require.resolve('@coproduce/elements/package.json')), 'src')
const declarationOf = (tag) => {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return { mod, d }
  return undefined
}

for (const tag of TAGS)
  test(`custom-elements.json describes all of <${tag}>`, () => {
    const found = declarationOf(tag)
    assert.ok(found, `${tag} has a declaration with its tag name`)
    const { mod, d } = found
    const names = (list) => new Set((list ?? []).map((x) => x.name))

    // Every public reactive property, as the element itself declares it at run time (inherited ones too).
    const element = customElements.get(tag)
    const members = names(d.members)
    const attributes = new Set((d.attributes ?? []).map((a) => a.fieldName ?? a.name))
    for (const [name, options] of element.elementProperties)
      if (!options.state && !String(name).startsWith('_'))
        assert.ok(members.has(name) || attributes.has(name), `${tag}: property ${String(name)} is listed`)

    const events = d.events ?? []
    assert.ok(events.length > 0, `${tag}: its events are listed`)
    for (const e of events) assert.match(e.type?.text ?? '', /^CustomEvent</, `${tag}: event ${e.name} has a type`)

    const { parts, cssProperties } = widgetSurface(src, mod.path.split('/')[1])
    const listedParts = names(d.cssParts)
    for (const part of parts) assert.ok(listedParts.has(part), `${tag}: part "${part}" is listed`)
    const listedProps = names(d.cssProperties)
    for (const prop of cssProperties) assert.ok(listedProps.has(prop), `${tag}: ${prop} is listed`)

    assert.ok(
      mod.exports?.some((x) => x.kind === 'custom-element-definition' && x.name === tag && x.declaration?.name === d.name),
      `${tag}: a custom-element-definition export`,
    )
  })

test('the manifest has no entry without a real tag name', () => {
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.customElement) assert.match(d.tagName ?? '', /^cp-[a-z-]+$/, `${mod.path}: ${d.name}`)
})

const packageDir = dirname(require.resolve('@coproduce/elements/package.json'))
const packageJson = require('@coproduce/elements/package.json')
const readShipped = (file) => {
  assert.ok(packageJson.files.includes(file), `${file} is in the package's files`)
  return require(join(packageDir, file))
}
const sorted = (list) => [...list].sort()
const manifestTags = () => sorted(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName)))

test('VS Code custom data lists every widget once, with the attributes the manifest gives it', () => {
  const data = readShipped('vscode.html-custom-data.json')
  assert.deepEqual(sorted(data.tags.map((t) => t.name)), manifestTags())
  assert.deepEqual(sorted(TAGS), manifestTags())
  for (const tag of data.tags) {
    const { d } = declarationOf(tag.name)
    assert.deepEqual(sorted(tag.attributes.map((a) => a.name)), sorted((d.attributes ?? []).map((a) => a.name)), tag.name)
    for (const event of d.events ?? []) assert.ok(tag.description.includes(event.name), `${tag.name}: ${event.name} is described`)
  }
  const css = readShipped('vscode.css-custom-data.json')
  const properties = new Set(css.properties.map((p) => p.name))
  for (const tag of TAGS) for (const p of declarationOf(tag).d.cssProperties ?? []) assert.ok(properties.has(p.name), `${tag}: ${p.name}`)
})

test('JetBrains web-types list every widget with its attributes, events and the shipped file that defines it', () => {
  assert.equal(packageJson['web-types'], './web-types.json')
  const webTypes = readShipped('web-types.json')
  assert.equal(webTypes.name, '@coproduce/elements')
  assert.equal(webTypes.version, packageJson.version)
  const elements = webTypes.contributions.html.elements
  assert.deepEqual(sorted(elements.map((e) => e.name)), manifestTags())
  for (const element of elements) {
    const { d } = declarationOf(element.name)
    assert.deepEqual(sorted(element.attributes.map((a) => a.name)), sorted((d.attributes ?? []).map((a) => a.name)), element.name)
    assert.deepEqual(sorted(element.js.events.map((e) => e.name)), sorted((d.events ?? []).map((e) => e.name)), element.name)
    assert.equal(element.source.symbol, d.name)
    const shipped = element.source.module
    assert.match(shipped, /^dist\/[\w-]+\/index\.js$/, `${element.name}: ${shipped}`)
    assert.ok(packageJson.exports[`./${shipped.split('/')[1]}`], `${element.name}: ${shipped} is an entry point of the package`)
  }
})

test('every path in the manifest names a file the package ships and exports', () => {
  const targets = new Set(
    Object.values(packageJson.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
  )
  const paths = new Set()
  const collect = (value) => {
    if (Array.isArray(value)) return value.forEach(collect)
    if (!value || typeof value !== 'object') return
    if (typeof value.module === 'string') paths.add(value.module)
    for (const v of Object.values(value)) collect(v)
  }
  for (const mod of manifest.modules) paths.add(mod.path)
  collect(manifest.modules)
  assert.ok(paths.size > TAGS.length, 'the manifest names its files')
  for (const path of paths) {
    assert.match(path, /^dist\/([\w-]+\/)?[\w-]+\.js$/, `${path} is a shipped file, not a source`)
    assert.ok(targets.has(`./${path}`), `${path} is an entry point in package.json's exports`)
    assert.ok(existsSync(join(packageDir, path)), `${path} exists after the build`)
  }
})
