import { builtinRules, PRINCIPLE_NAMES, STAGES, type Rule } from '@coproduce/principles'

const STAGE_NAMES: Record<string, string> = {
  foundations: 'Foundations',
  interactions: 'Interactions',
  actions: 'Actions',
  readiness: 'Readiness: is now the right time?',
}

function RuleEntry({ rule }: { rule: Rule }) {
  const { meta } = rule
  return (
    <section aria-labelledby={`rule-${meta.id}`} style={{ borderTop: '1px solid #ccc', paddingTop: '0.5rem' }}>
      <h4 id={`rule-${meta.id}`}>
        <code>{meta.id}</code>
      </h4>
      <p>{meta.description}</p>
      <dl>
        <dt>Principles</dt>
        <dd>{meta.principles.map((p) => PRINCIPLE_NAMES[p]).join(', ')}</dd>
        <dt>Severity (recommended preset)</dt>
        <dd>{meta.severity}</dd>
        <dt>From the briefing</dt>
        <dd>{meta.source}</dd>
        <dt>How to fix it</dt>
        <dd>{meta.guidance}</dd>
      </dl>
      {meta.quote ? <blockquote>{meta.quote}</blockquote> : null}
    </section>
  )
}

/** Every built-in rule, by stage, from the rules' own metadata (nothing here is written by hand). */
export function RuleCatalogue() {
  return (
    <div>
      <p>
        There are {builtinRules.length} built-in rules. Each one names the principles it serves and the section of the briefing it comes
        from.
      </p>
      {STAGES.map((stage) => {
        const rules = builtinRules.filter((r) => r.meta.stage === stage)
        if (rules.length === 0) return null
        return (
          <section key={stage} aria-labelledby={`stage-${stage}`}>
            <h3 id={`stage-${stage}`}>
              {STAGE_NAMES[stage] ?? stage} ({rules.length})
            </h3>
            {rules.map((rule) => (
              <RuleEntry key={rule.meta.id} rule={rule} />
            ))}
          </section>
        )
      })}
    </div>
  )
}
