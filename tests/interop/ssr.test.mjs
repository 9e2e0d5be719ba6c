// The widgets on the server: each entry imports under Node with no `window`, and Lit SSR renders each widget's
// first state as declarative shadow DOM (the way Web Awesome and Shoelace are rendered by frameworks' SSR).
import { render } from '@lit-labs/ssr'
import { collectResult } from '@lit-labs/ssr/lib/render-result.js'
import { html, unsafeStatic } from 'lit/static-html.js'
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ENTRIES, STAFF_TAGS, TAGS } from './widgets.mjs'

const STAFF_ENTRIES = STAFF_TAGS.map((tag) => `/${tag.slice(3)}`)

test('every entry of @coproduce/elements imports in Node, where there is no window or document', async () => {
  assert.equal(typeof globalThis.window, 'undefined')
  for (const entry of ENTRIES) await assert.doesNotReject(import(`@coproduce/elements${entry}`), `@coproduce/elements${entry}`)
})

for (const tag of TAGS)
  test(`<${tag}> renders on the server as declarative shadow DOM`, async () => {
    await import('@coproduce/elements')
    for (const entry of STAFF_ENTRIES) await import(`@coproduce/elements${entry}`)
    const t = unsafeStatic(tag)
    const out = await collectResult(render(html`<${t} initiative="drop-in-hours" member="m-1" lang="en"></${t}>`))
    assert.match(out, new RegExp(`<${tag}[^>]*>`), 'the element itself')
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/, 'a declarative shadow root')
    const shadow = out.slice(out.indexOf('shadowrootmode'))
    assert.match(shadow, /<style>/, 'its styles')
    assert.match(shadow, /part="root"[^>]*>/, 'its first state, not an empty root')
    assert.doesNotMatch(out, /\b(undefined|\[object Object\])\b/, 'no undefined or [object Object] in the markup')
  })

test('<cp-principles-report> given a report renders its heading on the server, and "Loading" until its body arrives', async () => {
  await import('@coproduce/elements')
  // The report's body (ladder, chart, findings) is a part the browser fetches; a server's render shows what the page
  // shows until it arrives: the report's title, and that the check is loading (not that the page is offline).
  const report = { title: 'Drop-in hours', summary: { errors: 1, warnings: 0, passes: 3, incomplete: 0 } }
  const out = await collectResult(render(html`<cp-principles-report .report=${report} lang="en"></cp-principles-report>`))
  const shadow = out.slice(out.indexOf('shadowrootmode'))
  assert.match(shadow, /Co-production check: Drop-in hours/)
  assert.match(shadow, /Loading the check…/)
  assert.doesNotMatch(shadow, /offline/)
})
