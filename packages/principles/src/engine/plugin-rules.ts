import { CoproduceError, type CoproducePlugin, type FieldIssue } from '@coproduce/core'
import { z } from 'zod'
import { PRINCIPLES, SEVERITIES, STAGES, type Rule, type RuleMeta } from '../types.js'

/** What a plugin rule must say about itself. Words it leaves out get plain defaults. */
const PluginRuleMetaSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'Use lower case words joined by dashes, e.g. acme/named-key-worker'),
  principles: z.array(z.enum(PRINCIPLES)).min(1, 'Name at least one principle'),
  stage: z.enum(STAGES),
  severity: z.enum(SEVERITIES),
  source: z.string().min(1).optional(),
  quote: z.string().optional(),
  docs: z.string().optional(),
  description: z.string().optional(),
  guidance: z.string().optional(),
  path: z.string().optional(),
  /** English templates by message id, for results that give a `messageId`. */
  messages: z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())])).optional(),
  examples: z.object({ pass: z.unknown(), fail: z.unknown() }).optional(),
})

/** The rules plugins bring, checked and given defaults. Throws a `validation` error naming the bad field. */
export function pluginRules(plugins: readonly Pick<CoproducePlugin, 'name' | 'rules'>[]): Rule[] {
  const rules: Rule[] = []
  const issues: FieldIssue[] = []
  plugins.forEach((plugin, p) => {
    ;(plugin.rules ?? []).forEach((raw, r) => {
      const at = ['plugins', p, 'rules', r]
      const parsed = PluginRuleMetaSchema.safeParse((raw as { meta?: unknown }).meta)
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          issues.push({ path: [...at, 'meta', ...issue.path.map((x) => (typeof x === 'symbol' ? String(x) : x))], message: issue.message })
        return
      }
      if (typeof raw.check !== 'function') {
        issues.push({ path: [...at, 'check'], message: 'A rule needs a check function' })
        return
      }
      const m = parsed.data
      const meta: RuleMeta = {
        ...m,
        source: m.source ?? `Plugin ${plugin.name}`,
        quote: m.quote ?? '',
        docs: m.docs ?? '',
        description: m.description ?? '',
        guidance: m.guidance ?? '',
        examples: (m.examples ?? { pass: undefined, fail: undefined }) as RuleMeta['examples'],
      }
      rules.push({ meta, check: raw.check as unknown as Rule['check'] })
    })
  })
  if (issues.length) throw new CoproduceError('validation', 'A plugin rule needs checking', issues)
  return rules
}
