#!/usr/bin/env node
/**
 * Generate React wrappers for every custom element in `@coproduce/elements`' custom-elements.json, with
 * `@lit/react`'s `createComponent` and one typed `onCp…` prop per event.
 *
 *   node scripts/generate.mjs          write src/generated/*.ts
 *   node scripts/generate.mjs --check  exit 1 when the files on disk differ from what would be generated
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const here = dirname(fileURLToPath(import.meta.url))
const outDir = join(here, '..', 'src', 'generated')
const require = createRequire(import.meta.url)
const elementsDir = dirname(require.resolve('@coproduce/elements/package.json'))

/** Read the manifest and the names `@coproduce/elements` exports, for typing event details. */
let cached
export function readInputs() {
  if (cached) return cached
  const manifest = JSON.parse(readFileSync(join(elementsDir, 'custom-elements.json'), 'utf8'))
  const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'))
  const entry = existsSync(join(elementsDir, 'src/index.ts')) ? join(elementsDir, 'src/index.ts') : join(elementsDir, 'dist/index.d.ts')
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(entry)
  const symbol = source && checker.getSymbolAtLocation(source)
  const exported = new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : [])
  cached = { manifest, subpaths: Object.keys(pkg.exports ?? {}), exported }
  return cached
}

const pascal = (tag) =>
  tag
    .split('-')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')
const propName = (event) => `on${pascal(event)}`
const BUILTIN_TYPES = new Set([
  'Event',
  'CustomEvent',
  'unknown',
  'string',
  'number',
  'boolean',
  'null',
  'undefined',
  'Array',
  'Record',
  'Partial',
])

/** `CustomEvent<Feedback>` → the identifiers it needs. */
const identifiers = (text) =>
  [...new Set(text.replace(/[A-Za-z_$][\w$]*\??\s*:/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((n) => !BUILTIN_TYPES.has(n))

/**
 * What each event carries when the manifest does not say (`@fires cp-x - words` has no type). A type in the
 * manifest (`@fires {CustomEvent<X>} cp-x`) wins. Checked against what `@coproduce/elements` exports.
 */
const KNOWN_DETAILS = {
  '*': { 'cp-submit': 'Feedback', 'cp-queued': 'QueuedDetail', 'cp-consent-change': 'ConsentRecord', 'cp-error': 'CpErrorDetail' },
  'cp-feedback': { 'cp-load': 'ConsentPurpose[]' },
  'cp-consent': { 'cp-load': 'MemberConsents' },
  'cp-updates': { 'cp-load': '{ updates: PublicUpdate[] }' },
  'cp-principles-report': { 'cp-load': '{ report: Report }' },
}

/** What each event means, in the words of the design (not the manifest's prose, which may change). */
const EVENT_DOCS = {
  'cp-submit': 'the server stored the feedback',
  'cp-queued': 'the feedback was saved on this device, to send when the connection returns',
  'cp-consent-change': 'a consent decision was recorded',
  'cp-load': 'the widget loaded what it shows',
  'cp-error': 'something went wrong; `code` is `offline` with no connection',
}

/** Where an event means something else for one tag (the words of the design too). */
const TAG_EVENT_DOCS = {
  'cp-decision': {
    'cp-submit': 'the server stored the view or the new choice; `detail` is the updated decision',
    'cp-queued': 'the view or choice was saved on this device, to send when the connection returns',
  },
  'cp-agreement': { 'cp-submit': 'the server stored the answer to the ground rules' },
}

/** The event type to use: the manifest's own, else the known detail, when every name in it is exported; else `CustomEvent<unknown>`. */
function eventType(tag, event, exported) {
  const known = KNOWN_DETAILS[tag]?.[event.name] ?? KNOWN_DETAILS['*'][event.name]
  const text = event.type?.text?.trim() || (known ? `CustomEvent<${known}>` : undefined)
  if (!text) return { type: 'CustomEvent<unknown>', imports: [] }
  const names = identifiers(text)
  if (!names.every((n) => exported.has(n))) return { type: 'CustomEvent<unknown>', imports: [] }
  const type = text.startsWith('CustomEvent') || text === 'Event' ? text : `CustomEvent<${text}>`
  return { type, imports: names }
}

/** Every custom element: tag, class, the subpath that defines it, events. */
export function elementsOf(manifest, subpaths) {
  const found = []
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue
      // src/feedback/feedback.ts → ./feedback when the package exports it; else the package root.
      const folder = posix.dirname(mod.path).split('/')[1]
      const subpath = folder && subpaths.includes(`./${folder}`) ? `@coproduce/elements/${folder}` : '@coproduce/elements'
      const events = [...new Map((decl.events ?? []).filter((e) => e.name).map((e) => [e.name, e])).values()]
      found.push({ tag: decl.tagName, className: decl.name, subpath, events })
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag))
}

// Only the manifest's structure (tags, classes, entry points, event names) goes into the output, not its prose,
// so rewording an element's docs never makes the committed wrappers out of date.
const HEADER = '// Generated by scripts/generate.mjs from @coproduce/elements/custom-elements.json. Do not edit: run `pnpm generate`.\n'

function componentFile(el, exported) {
  const name = pascal(el.tag)
  const typeImports = new Set()
  const events = el.events
    .map((e) => {
      const { type, imports } = eventType(el.tag, e, exported)
      imports.forEach((i) => typeImports.add(i))
      return `  /** \`${e.name}\`: ${TAG_EVENT_DOCS[el.tag]?.[e.name] ?? EVENT_DOCS[e.name] ?? "see the element's docs"}. */\n  ${propName(e.name)}: '${e.name}' as EventName<${type}>,`
    })
    .join('\n')
  const lines = [
    HEADER,
    `import { createComponent, type EventName } from '@lit/react'`,
    `import * as React from 'react'`,
    `import { ${el.className} as ${el.className}Element } from '${el.subpath}'`,
  ]
  if (typeImports.size) lines.push(`import type { ${[...typeImports].sort().join(', ')} } from '@coproduce/elements'`)
  lines.push(
    '',
    `/** The events of \`<${el.tag}>\`, as React props. */`,
    `export const ${name}Events = {`,
    events,
    `} as const`,
    '',
    `/**`,
    ` * \`<${el.tag}>\` as a React component. See the element's own docs in \`@coproduce/elements\`.`,
    ` */`,
    `export const ${name} = createComponent({`,
    `  tagName: '${el.tag}',`,
    `  elementClass: ${el.className}Element,`,
    `  react: React,`,
    `  events: ${name}Events,`,
    `  displayName: '${name}',`,
    `})`,
    '',
  )
  return lines.join('\n').replace(/\n\n\n+/g, '\n\n')
}

function indexFile(elements) {
  const lines = [HEADER]
  for (const el of elements) {
    const name = pascal(el.tag)
    lines.push(`export { ${name}, ${name}Events } from './${el.tag}.js'`)
  }
  lines.push('', '/** Every wrapped tag, with its React component name and event props. */', 'export const WRAPPED = {')
  for (const el of elements)
    lines.push(`  '${el.tag}': { component: '${pascal(el.tag)}', events: [${el.events.map((e) => `'${e.name}'`).join(', ')}] },`)
  lines.push('} as const', '')
  return lines.join('\n')
}

/** What the generator would write: file name → contents. */
export function generate() {
  const { manifest, subpaths, exported } = readInputs()
  const elements = elementsOf(manifest, subpaths)
  if (elements.length === 0) throw new Error('custom-elements.json lists no custom elements: build @coproduce/elements first')
  const files = { 'index.ts': indexFile(elements) }
  for (const el of elements) files[`${el.tag}.ts`] = componentFile(el, exported)
  return files
}

function main() {
  const files = generate()
  if (process.argv.includes('--check')) {
    const onDisk = existsSync(outDir) ? readdirSync(outDir).sort() : []
    const stale = Object.keys(files).filter((f) => !existsSync(join(outDir, f)) || readFileSync(join(outDir, f), 'utf8') !== files[f])
    const extra = onDisk.filter((f) => !(f in files))
    if (stale.length || extra.length) {
      console.error(`src/generated is out of date (${[...stale, ...extra].join(', ')}): run pnpm --filter @coproduce/react generate`)
      process.exit(1)
    }
    console.log('src/generated is up to date')
    return
  }
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text)
  console.log(`Wrote ${Object.keys(files).length} files to src/generated`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
