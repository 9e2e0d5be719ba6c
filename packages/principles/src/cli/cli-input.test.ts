/**
 * The CLI never fails inside itself on any input: whatever the file holds, the exit status is 0, 1 or 2
 * (never 3, "something went wrong inside the tool"). Misspelt keys at any depth stop the check with exit 2.
 */
import fc from 'fast-check'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from './main.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'coproduce-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function run(name: string, text: string): Promise<{ code: number; out: string; err: string }> {
  const file = join(dir, name)
  writeFileSync(file, text)
  let out = ''
  let err = ''
  const code = await main(['check', file, '--format', 'json'], { stdout: (t) => void (out += t), stderr: (t) => void (err += t) })
  return { code, out, err }
}

const key = fc.constantFrom(
  'initiative',
  'id',
  'title',
  'purpose',
  'label',
  'lable',
  'timeline',
  'start',
  'end',
  'members',
  'sessions',
  'payments',
  'venue',
  'kind',
  'roles',
  'joinedAt',
  'asOf',
  'updates',
  'stages',
  'agreements',
  'sessionId',
  'memberId',
  'decisions',
  '__proto__',
  'constructor',
  '',
)
const leaf = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2026-05-03',
    '2026-05-03T10:00:00Z',
    'co-production',
    'community',
    'lived-experience',
    'cash',
    'GBP',
    'open',
    'x',
    '',
    '9999-99-99',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
)
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
})).node
const plan = fc
  .record(
    {
      initiative: fc.oneof(
        value,
        fc
          .record({ id: fc.string(), title: fc.string(), purpose: fc.string() }, { requiredKeys: [] })
          .chain((i) => fc.dictionary(key, value, { maxKeys: 4 }).map((extra) => ({ ...i, ...extra }))),
      ),
    },
    { requiredKeys: [] },
  )
  .chain((p) => fc.dictionary(key, value, { maxKeys: 4 }).map((extra) => ({ ...extra, ...p })))

describe('coproduce check, on any input', () => {
  it('exits 0, 1 or 2 for any JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(value, plan), async (v) => {
        const { code } = await run('plan.json', JSON.stringify(v) ?? '')
        expect([0, 1, 2]).toContain(code)
      }),
      { numRuns: 150 },
    )
  })

  it('exits 0, 1 or 2 for any YAML-ish text, and for text broken at any point', async () => {
    const yamlish = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          'a',
          ':',
          ' ',
          '\n',
          '-',
          '&',
          '*',
          '[',
          ']',
          '{',
          '}',
          '#',
          '"',
          "'",
          '|',
          '>',
          '!',
          '?',
          '%',
          '@',
          '`',
          ',',
          '\t',
          '1',
          'é',
        ),
      }),
      fc.tuple(fc.oneof(value, plan), fc.nat()).map(([v, cut]) => {
        const text = JSON.stringify(v) ?? ''
        return text.slice(0, cut % (text.length + 1))
      }),
    )
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        const { code } = await run('plan.yaml', text)
        expect([0, 1, 2]).toContain(code)
      }),
      { numRuns: 150 },
    )
  })

  it('reads a YAML plan that reuses one venue for 150 sessions', async () => {
    const sessions = Array.from(
      { length: 150 },
      (_, n) => `  - id: s${n}\n    startsAt: 2026-05-${String((n % 28) + 1).padStart(2, '0')}T10:00:00Z\n    venue: *hall`,
    ).join('\n')
    const text = `initiative:\n  id: big\n  title: Big plan\n  purpose: Meet often.\nvenues:\n  - &hall { name: Holbeck Community Centre, kind: community }\nsessions:\n${sessions}\n`
    // `venues` is not part of the format, so it is named; without it the same file is read and checked.
    const withExtra = await run('anchors.yaml', text)
    expect(withExtra.code).toBe(2)
    expect(withExtra.err).toContain('venues: `venues` is not a field here.')
    const plain = text
      .replace('venues:\n  - &hall { name: Holbeck Community Centre, kind: community }\n', '')
      .replace('  - id: s0\n', '  - id: s0\n    venue: &hall { name: Holbeck Community Centre, kind: community }\n')
      .replace(/(id: s0\n {4}venue: &hall .*\n.*\n) {4}venue: \*hall\n/, '$1')
    const ok = await run('anchors.yaml', plain)
    expect(ok.err).toBe('')
    expect(JSON.parse(ok.out).initiativeId).toBe('big')
  })

  it('refuses YAML built to expand into billions of values, saying where, with exit 2', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let n = 1; n < 9; n++)
      lines.push(
        `${String.fromCharCode(97 + n)}: &${String.fromCharCode(97 + n)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + n)}`)
          .join(',')}]`,
      )
    const { code, err } = await run('bomb.yaml', lines.join('\n'))
    expect(code).toBe(2)
    expect(err).toMatch(/reuses its anchors \(\*name\) too many times to read safely at line \d+, column \d+/)
  })

  it('says an empty file is empty, with exit 2', async () => {
    for (const [name, text] of [
      ['empty.yaml', ''],
      ['empty.json', '  \n'],
      ['comments.yaml', '# nothing yet\n'],
    ] as const) {
      const { code, err } = await run(name, text)
      expect(code).toBe(2)
      expect(err).toMatch(/the file is empty\. A plan needs at least an initiative, for example:\n {2}initiative:/)
    }
  })
})

describe('coproduce check, run as a process, on a plan with misspelt keys', () => {
  it('exits 2 and names every misspelt key with the one that was meant', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        'node',
        ['dist/cli.js', 'check', 'fixtures/invalid/typos-in-nested-keys.yaml'],
        { cwd: root, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    )
    expect(code).toBe(2)
    expect(stdout).toBe('')
    const f = 'fixtures/invalid/typos-in-nested-keys.yaml'
    expect(stderr.trim().split('\n').sort()).toEqual(
      [
        `${f}: initiative.lable: \`lable\` is not a field here. Did you mean \`label\`?`,
        `${f}: initiative.timeline.deadlineFixd: \`deadlineFixd\` is not a field here. Did you mean \`deadlineFixed\`?`,
        `${f}: initiative.stages[0].strat: \`strat\` is not a field here. Did you mean \`start\`?`,
        `${f}: initiative.agreements[0].decidedTogther: \`decidedTogther\` is not a field here. Did you mean \`decidedTogether\`?`,
        `${f}: members[0].role: \`role\` is not a field here. Did you mean \`roles\`?`,
        `${f}: sessions[0].venue.knd: \`knd\` is not a field here. Did you mean \`kind\`?`,
      ].sort(),
    )
  })
})
