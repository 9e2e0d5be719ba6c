/**
 * The `coproduce` command, run as a real process: `node dist/cli.js` after the tsup build
 * (vitest's global setup builds it when the source is newer).
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine/evaluate.js'
import { phraseIn } from '../messages/localise.js'
import type { MessageData } from '../messages/types.js'
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

  // The CLI's own words, in English: none of them may be left in a Welsh or Urdu report.
  const ENGLISH_WORDS = [
    'Errors (',
    'Warnings (',
    'To think about (',
    'Not enough to judge',
    'Ladder:',
    'called co-production',
    'does consultation',
    'below what it is called',
    'How to fix',
    'In the plan file:',
    ' errors,',
    ' warnings,',
    ' to think about,',
    ' passed,',
    ' do not apply',
    'Principles:',
    'Trust and transparency',
    'Trust and being open',
    'Working together',
    'Safety',
  ]
  const ENGLISH_MARKDOWN_WORDS = [
    ...ENGLISH_WORDS,
    'Where this sits on the ladder',
    '## Summary',
    '## Findings',
    'Checked ',
    ' preset.',
    'Called:',
    'Does:',
    'not said',
    '| Principle |',
    '| Outcome |',
    'What we found',
    '| Fails |',
    '| Passes |',
    '| Does not apply |',
    '| warning |',
  ]

  it.each(['cy', 'ur'] as const)('writes its own words (headings, labels, the summary) in the language of --lang %s', async (lang) => {
    for (const file of ['rushed-council-consultation.yaml', 'bare-plan.yaml', 'group-lost-half.yaml']) {
      const pretty = await coproduce('check', fixture(file), '--lang', lang)
      const markdown = await coproduce('check', fixture(file), '--lang', lang, '--format', 'markdown')
      for (const words of ENGLISH_WORDS) expect(pretty.stdout, `${lang} ${file}: "${words}"`).not.toContain(words)
      for (const words of ENGLISH_MARKDOWN_WORDS) expect(markdown.stdout, `${lang} ${file} markdown: "${words}"`).not.toContain(words)
    }
    // …and says them in the language, from its catalogue.
    const file = fixture('rushed-council-consultation.yaml')
    const report = evaluate(await loadPlan(`${root}/${file}`), { locale: lang })
    const failed = report.findings.filter((f) => f.outcome === 'fail')
    const errors = failed.filter((f) => f.severity === 'error')
    const say = (id: string, data?: MessageData) => phraseIn(lang, id, data)
    const pretty = (await coproduce('check', file, '--lang', lang)).stdout
    expect(pretty).toContain(say('cli/group-errors', { count: errors.length }))
    expect(pretty).toContain(say('cli/how-to-fix', { guidance: errors[0]?.guidance ?? '' }))
    expect(pretty).toContain(say('cli/errors', { count: report.summary.errors }))
    expect(pretty).toContain(
      say('cli/ladder-called-below', { claimed: say('ladder/rung-co-production'), assessed: say('ladder/rung-consultation') }),
    )
    expect(pretty).toContain(say('cli/principle-safety'))
    const markdown = (await coproduce('check', file, '--lang', lang, '--format', 'markdown')).stdout
    for (const heading of ['cli/ladder-heading', 'cli/summary-heading', 'cli/findings-heading'])
      expect(markdown).toContain(`## ${say(heading)}\n`)
    expect(markdown).toContain(say('cli/warnings', { count: report.summary.warnings }))
    expect(markdown).toContain(`| ${say('cli/outcome-fail')} | ${say('cli/severity-error')} | \`${errors[0]?.ruleId}\``)
  })

  it("names the principles in plain words, as the report widget does (the briefing's names stay in the rule docs)", async () => {
    const { stdout } = await coproduce('check', fixture('peer-research.json'))
    expect(stdout).toMatch(
      /\nPrinciples: Trust and being open \d+%, Safety \d+%, Working together \d+%, Voice and choice \d+%, Understanding culture, history and gender \d+%\n/,
    )
    expect(stdout).not.toContain('Collaboration and mutuality')
  })

  it('counts in English with the right plural: "1 error", "2 errors"', async () => {
    const one = await coproduce('check', fixture('peer-research.json'))
    expect(one.stdout).toMatch(/\n1 error, \d+ warnings,/)
    const two = await coproduce('check', fixture('rushed-council-consultation.yaml'), '--format', 'markdown')
    expect(two.stdout).toMatch(/\n2 errors, \d+ warnings,/)
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
