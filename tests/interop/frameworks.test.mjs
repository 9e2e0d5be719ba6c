// The widgets as React 19, Vue 3, Svelte 5 and Angular 20 use them, in real Chromium: an attribute set in the framework's
// template reaches the widget, a rich `.client` property is used, and the framework's own listener hears `cp-submit`.
// The widgets come from the packed tarball installed with npm outside the workspace (packed-elements.mjs).
import { build } from 'esbuild'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { compile } from 'svelte/compiler'
import { chromiumLaunchOptions } from '../../test-support/chromium-launch.mjs'
import { installPackedElements, resolveElementsFrom } from './packed-elements.mjs'

const here = (file) => fileURLToPath(new URL(file, import.meta.url))

const svelte = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => ({
      contents: compile(await readFile(path, 'utf8'), { filename: path, generate: 'client' }).js.code,
      loader: 'js',
    }))
  },
}

let packed
const bundle = async (entry) => {
  const result = await build({
    entryPoints: [here(`apps/${entry}`)],
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'silent',
    conditions: ['svelte', 'browser'],
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [svelte, resolveElementsFrom(packed.project)],
    metafile: true,
  })
  // The widget came from the install of the tarball, not from the workspace.
  const inputs = Object.keys(result.metafile.inputs)
  assert.ok(
    inputs.some((i) => i.includes('coproduce-interop-') && i.includes('node_modules/@coproduce/elements/dist/')),
    'bundled from the packed @coproduce/elements',
  )
  assert.ok(!inputs.some((i) => i.includes('packages/elements/')), 'nothing from the workspace copy of @coproduce/elements')
  return result.outputFiles[0].text
}

let browser
before(async () => {
  packed = installPackedElements()
  browser = await chromium.launch(chromiumLaunchOptions)
})
after(async () => {
  await browser?.close()
  packed?.remove()
})

for (const [framework, entry] of [
  ['React 19', 'react.js'],
  ['Vue 3', 'vue.js'],
  ['Svelte 5', 'svelte.js'],
  ['Angular 20', 'angular.js'],
])
  test(`${framework}: attributes, the .client property and the cp-submit event`, async () => {
    const code = await bundle(entry)
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(String(e)))
    try {
      // Served from http://localhost (a secure context, as a real host page is): the widgets use crypto.randomUUID and IndexedDB.
      const body = `<!doctype html><html lang="en"><body><div id="app"></div><script>${code.replaceAll('</script', '<\\/script')}</script></body></html>`
      await page.route('http://localhost/', (route) => route.fulfill({ contentType: 'text/html', body }))
      await page.goto('http://localhost/')
      const feedback = page.locator('cp-feedback')
      // `kinds="rating"` (a string in the framework's template) reached the widget: a rating and no box for words.
      await feedback.getByRole('radio', { name: 'Good', exact: true }).check({ timeout: 10_000 })
      assert.equal(await feedback.getByRole('textbox').count(), 0, 'kinds="rating" shows no text box')
      // Frameworks set a known name as the property (the element has it), so read the property, not the attribute.
      assert.equal(await feedback.evaluate((el) => el.initiative), 'drop-in-hours')
      assert.equal(await feedback.evaluate((el) => typeof el.client.submitFeedback), 'function')
      await feedback.getByRole('button', { name: 'Send' }).click()
      // The framework's listener heard cp-submit and put the stored id on the page.
      await page.locator('#sent').filter({ hasText: 'f-1' }).waitFor({ timeout: 10_000 })
      // The rich property was used as the widget's client, with the attribute's initiative.
      const sent = await page.evaluate(() => window.__sent)
      assert.equal(sent.length, 1)
      assert.equal(sent[0].initiativeId, 'drop-in-hours')
      assert.equal(sent[0].input.rating, 'good')
      assert.match(sent[0].idempotencyKey, /^[\x21-\x7e]{1,200}$/)
      assert.deepEqual(errors, [])
    } finally {
      await page.close()
    }
  })
