// custom-elements.json is complete: for every widget, every public property, event (with its type), CSS part and
// CSS custom property its code uses is listed, and the tag is defined. Checked against the widgets themselves
// (their reactive properties at run time, their templates and styles), so the manifest cannot drift.
import '@coproduce/elements'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { widgetSurface } from '../../packages/elements/scripts/widget-surface.mjs'

const require = createRequire(import.meta.url)
const manifest = require('@coproduce/elements/custom-elements.json')
const src = join(dirname(require.resolve('@coproduce/elements/package.json')), 'src')
const TAGS = ['cp-feedback', 'cp-consent', 'cp-updates', 'cp-principles-report', 'cp-decision', 'cp-agreement', 'cp-my-involvement']

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
