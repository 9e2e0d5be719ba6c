// What a widget's styles and templates expose to a host: its CSS parts (`part="…"`) and the CSS custom
// properties it reads (`var(--cp-…)`), from the widget's folder and the shared files it imports.
// Used by the manifest build (so custom-elements.json lists them all) and by the test that checks it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const isSource = (file) => file.endsWith('.ts') && !/\.(test|fixture|engine-check)\.ts$|\.d\.ts$|fixtures\.ts$|\.(cy|ur)\.ts$/.test(file)

/** @param {string} src the package's src folder @param {string} folder a widget's folder name, e.g. `feedback` */
export function widgetSurface(src, folder) {
  const files = readdirSync(join(src, folder))
    .filter(isSource)
    .map((f) => join(src, folder, f))
  const shared = new Set()
  for (const file of files)
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/from '\.\.\/shared\/([\w-]+)\.js'/g))
      shared.add(join(src, 'shared', `${name}.ts`))
  const parts = new Set()
  const cssProperties = new Set()
  for (const file of [...files, ...shared]) {
    let text
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      continue
    }
    for (const [, value] of text.matchAll(/\bpart="([^"$]*)"/g)) for (const name of value.split(/\s+/)) if (name) parts.add(name)
    for (const [, name] of text.matchAll(/var\((--cp-[a-z0-9-]+)/g)) cssProperties.add(name)
  }
  return { parts: [...parts].sort(), cssProperties: [...cssProperties].sort() }
}
