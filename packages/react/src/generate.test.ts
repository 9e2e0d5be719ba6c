import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without types
import { elementsOf, generate, readInputs } from '../scripts/generate.mjs'

const generatedDir = fileURLToPath(new URL('./generated', import.meta.url))
const require = createRequire(import.meta.url)
const manifestPath = join(dirname(require.resolve('@coproduce/elements/package.json')), 'custom-elements.json')

interface ManifestElement {
  tag: string
  className: string
  subpath: string
  events: { name: string }[]
}

describe('the generated React wrappers', () => {
  let files: Record<string, string>
  beforeAll(() => {
    files = generate()
  }, 60_000)

  it('are up to date with @coproduce/elements/custom-elements.json (run `pnpm generate` if not)', () => {
    const onDisk = Object.fromEntries(readdirSync(generatedDir).map((f) => [f, readFileSync(join(generatedDir, f), 'utf8')]))
    expect(onDisk).toEqual(files)
  })

  it('wrap every custom element in the manifest, each from its own entry point', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    const { subpaths } = readInputs()
    const elements = elementsOf(manifest, subpaths) as ManifestElement[]
    expect(elements.map((e) => e.tag)).toEqual(expect.arrayContaining(['cp-feedback', 'cp-consent']))
    for (const el of elements) {
      const source = files[`${el.tag}.ts`]!
      expect(source).toContain(`tagName: '${el.tag}'`)
      expect(source).toContain(`import { ${el.className} as ${el.className}Element } from '${el.subpath}'`)
      expect(el.subpath).toMatch(/^@coproduce\/elements(\/[a-z-]+)?$/)
    }
  })

  it('give every event a typed on… prop, never CustomEvent<unknown>', () => {
    const { manifest, subpaths } = readInputs()
    for (const el of elementsOf(manifest, subpaths) as ManifestElement[]) {
      const source = files[`${el.tag}.ts`]!
      for (const event of el.events) {
        const prop = `on${event.name
          .split('-')
          .map((p) => p[0]!.toUpperCase() + p.slice(1))
          .join('')}`
        const line = source.split('\n').find((l) => l.includes(`${prop}: '${event.name}'`))
        expect(line, `${el.tag} ${event.name}`).toBeDefined()
        expect(line).not.toContain('CustomEvent<unknown>')
      }
    }
  })

  it('type cp-submit with the stored Feedback and cp-error with its detail', () => {
    expect(files['cp-feedback.ts']).toContain("onCpSubmit: 'cp-submit' as EventName<CustomEvent<Feedback>>")
    expect(files['cp-feedback.ts']).toContain("onCpError: 'cp-error' as EventName<CustomEvent<CpErrorDetail>>")
  })
})
