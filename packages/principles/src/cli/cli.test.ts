/**
 * The `coproduce` command, run as a real process: `node dist/cli.js` after the tsup build
 * (vitest's global setup builds it when the source is newer).
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine/evaluate.js'
import { builtinRules } from '../rules/index.js'
import { loadPlan } from './load-plan.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixture = (name: string) => `fixtures/${name}`

function coproduce(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('node', ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number')
        reject(new Error(`coproduce ${args.join(' ')} did not exit normally (${error.signal ?? error.code}):\n${stderr}`))
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m)

describe('coproduce check', () => {
  it('exits 0 and prints a readable report when there are no errors', async () => {
    const { code, stdout, stderr } = await coproduce('check', fixture('poverty-truth-commission.yaml'))
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('Leeds Poverty Truth Commission (fixtures/poverty-truth-commission.yaml)')
    expect(stdout).toContain('Ladder: called co-production, does co-production')
    expect(stdout).toMatch(/0 errors, 0 warnings/)
  })

  it('exits 1 on error findings and prints exactly the report object as JSON', async () => {
    const { code, stdout } = await coproduce('check', fixture('rushed-council-consultation.yaml'), '--format', 'json')
    expect(code).toBe(1)
    const expected = evaluate(await loadPlan(`${root}/${fixture('rushed-council-consultation.yaml')}`))
    expect(JSON.parse(stdout)).toEqual(expected)
  })

  it('writes the findings, what to do and the ladder’s reasons in Welsh or Urdu with --lang', async () => {
    const file = fixture('rushed-council-consultation.yaml')
    const plan = await loadPlan(`${root}/${file}`)
    const english = evaluate(plan)
    for (const lang of ['cy', 'ur'] as const) {
      const json = await coproduce('check', file, '--format', 'json', '--lang', lang)
      expect(json.code).toBe(1)
      expect(JSON.parse(json.stdout)).toEqual(evaluate(plan, { locale: lang }))
      const pretty = await coproduce('check', file, '--lang', lang)
      const translated = evaluate(plan, { locale: lang })
      for (const f of translated.findings.filter((x) => x.outcome === 'fail')) expect(pretty.stdout).toContain(f.message)
      for (const f of english.findings.filter((x) => x.outcome === 'fail')) expect(pretty.stdout).not.toContain(f.message)
    }
    const wrong = await coproduce('check', file, '--lang', 'fr')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('--lang fr: choose en, cy, ur.')
  })

  it('prints Markdown', async () => {
    const { code, stdout } = await coproduce('check', fixture('health-leaflet.json'), '--format', 'markdown')
    expect(code).toBe(0)
    expect(stdout.startsWith('# A new leaflet about missed appointments\n')).toBe(true)
    expect(stdout).toContain('Called: **co-design**. Does: **co-design**.')
    expect(stdout).toMatch(/\| Fails \| warning \| `plain-language` \| `initiative.purpose` \|/)
  })

  it('shows the failures in the pretty format with how to fix them', async () => {
    const { code, stdout } = await coproduce('check', fixture('rushed-council-consultation.yaml'))
    expect(code).toBe(1)
    expect(stdout).toContain('Ladder: called co-production, does consultation (below what it is called)')
    expect(stdout).toMatch(/Errors \(2\)\n {2}x tokenism-risk {2}initiative\.outcomes\.fixedInAdvance\n/)
    expect(stdout).toContain('How to fix: Do not call this co-production yet.')
  })

  it('tells the person writing the plan file where the file says what a rule could not find, and keeps that out of the report', async () => {
    const { stdout } = await coproduce('check', fixture('bare-plan.yaml'))
    expect(stdout).toMatch(/\? open-problem-framing .*\n.*\n {4}In the plan file: Set `problemFraming` to `open` on the initiative/)
    const json = await coproduce('check', fixture('bare-plan.yaml'), '--format', 'json')
    expect(json.stdout).not.toContain('problemFraming` to')
  })

  it("names the places in the language asked for: the plan's own words stay as written", async () => {
    const { stdout } = await coproduce('check', fixture('group-lost-half.yaml'), '--lang', 'cy', '--format', 'json')
    const places = JSON.parse(stdout).findings.flatMap((f: { places?: string[] }) => f.places ?? [])
    expect(places).toContain('y sesiwn ar 5 Ionawr 2026')
    expect(places.join(' ')).not.toMatch(/\bsession\b|January/)
  })

  it('takes --rule overrides and presets', async () => {
    const relaxed = await coproduce(
      'check',
      fixture('rushed-council-consultation.yaml'),
      '--rule',
      'tokenism-risk=off',
      '--rule',
      'label-matches-practice=warning',
    )
    expect(relaxed.code).toBe(0)
    const strict = await coproduce('check', fixture('group-lost-half.yaml'), '--preset', 'strict', '--format', 'json')
    expect(strict.code).toBe(1)
    expect(JSON.parse(strict.stdout).preset).toBe('strict')
  })

  it('checks several files, with a progress line for each on stderr, and exits with the worst status', async () => {
    const { code, stdout, stderr } = await coproduce('check', fixture('bare-plan.yaml'), fixture('peer-research.json'), '--format', 'json')
    expect(code).toBe(1)
    expect(stderr).toBe('Checking 1 of 2: fixtures/bare-plan.yaml\nChecking 2 of 2: fixtures/peer-research.json\n')
    expect(JSON.parse(stdout).map((r: { initiativeId: string }) => r.initiativeId)).toEqual([
      'youth-hub-idea',
      'leaving-prison-peer-research',
    ])
  })

  it('exits 2 for a plan that breaks the schema, with one line per field and its path', async () => {
    const { code, stdout, stderr } = await coproduce('check', fixture('invalid/schema-violation.json'))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    const lines = stderr.trim().split('\n')
    const paths = lines.map((l) => l.split(': ')[1])
    expect(paths).toEqual(
      expect.arrayContaining([
        'initiative.title',
        'initiative.problemFraming',
        'initiative.paymentPolicy.hourlyRate',
        'initiative.paymentPolicy.currency',
        'sessions[0].venue.kind',
      ]),
    )
    for (const line of lines) expect(line.startsWith('fixtures/invalid/schema-violation.json: ')).toBe(true)
    expect(stderr).toContain('initiative.paymentPolicy.currency: Use a three-letter currency code, such as GBP')
    noStackTrace(stderr)
  })

  it('exits 2 for malformed YAML, saying where', async () => {
    const { code, stderr } = await coproduce('check', fixture('invalid/malformed.yaml'))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^fixtures\/invalid\/malformed\.yaml: this is not valid YAML at line \d+, column \d+: .+\n$/)
    noStackTrace(stderr)
  })

  it('exits 2 for malformed JSON, saying where', async () => {
    const { code, stderr } = await coproduce('check', fixture('invalid/malformed.json'))
    expect(code).toBe(2)
    expect(stderr).toMatch(/^fixtures\/invalid\/malformed\.json: this is not valid JSON at line 5, column \d+: .+\n$/)
    noStackTrace(stderr)
  })

  it('exits 2 for a file that does not exist, and still checks the others', async () => {
    const { code, stdout, stderr } = await coproduce('check', 'fixtures/nope.yaml', fixture('bare-plan.yaml'))
    expect(code).toBe(2)
    expect(stderr).toContain('fixtures/nope.yaml: cannot read this file: it does not exist')
    expect(stdout).toContain('Youth hub')
  })

  it.each([
    [['check', fixture('bare-plan.yaml'), '--colour'], /Unknown option '--colour'/],
    [['check', fixture('bare-plan.yaml'), '--rule', 'no-such-rule=error'], /there is no rule called "no-such-rule"/],
    [['check', fixture('bare-plan.yaml'), '--rule', 'neutral-venue=loud'], /give a severity after "="/],
    [['check', fixture('bare-plan.yaml'), '--format', 'xml'], /--format xml: choose pretty, json, markdown/],
    [['check', fixture('bare-plan.yaml'), '--preset', 'lax'], /--preset lax: choose recommended, strict/],
    [['check'], /Give a plan file to check/],
    [['lint', 'plan.yaml'], /"lint" is not a command/],
    [[], /Say what to do/],
  ])('exits 2 for a bad command line: %j', async (args, message) => {
    const { code, stderr } = await coproduce(...args)
    expect(code, stderr).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).toContain('Run "coproduce --help"')
    noStackTrace(stderr)
  })
})

describe('coproduce rules and --help', () => {
  it('lists every rule', async () => {
    const { code, stdout } = await coproduce('rules')
    expect(code).toBe(0)
    for (const rule of builtinRules) expect(stdout).toContain(rule.meta.id)
  })

  it('lists the rules as a Markdown table', async () => {
    const { code, stdout } = await coproduce('rules', '--format', 'markdown')
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('| Rule | Stage | Principles | Severity | What it checks |')
    expect(stdout).toContain('| [`tokenism-risk`](tokenism-risk.md) | readiness |')
  })

  it('prints help', async () => {
    const { code, stdout } = await coproduce('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('coproduce check <plan.json|plan.yaml>')
    expect(stdout).toContain('2  the plan or the command could not be read')
  })
})
