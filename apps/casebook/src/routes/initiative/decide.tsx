import { CoproduceError, DECISION_KINDS, DECISION_METHODS, type DecisionMethod, type DecisionKind, type Initiative } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import { list, text, type FormBody } from '../../forms/read-form.js'
import { Button, Choices, TextArea } from '../../views/fields.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'

export const KIND_WORDS: Record<DecisionKind, string> = {
  aims: 'What the group wants to change (the aims)',
  'ground-rules': 'How the group works together (the ground rules)',
  risk: 'What counts as a risk, and what to do about it',
  priority: 'What to do first',
  other: 'Something else',
}

const METHOD_WORDS: Record<DecisionMethod, { label: string; hint: string }> = {
  consensus: { label: 'Everyone agreed', hint: 'The group talked it through until everyone could live with it.' },
  vote: { label: 'A vote', hint: 'The choice most people picked.' },
  delegated: { label: 'The group asked some people to decide', hint: 'Tick who the group asked.' },
  'staff-only': { label: 'Staff decided alone', hint: 'Be honest: this is on record, and the principles check reads it.' },
}

const OPEN_WORDS = { kind: 'Choose what the question is about', question: 'Write the question the group will decide' }
const DECIDE_WORDS = {
  text: 'Write what was decided',
  method: 'Choose how it was decided',
  decidedBy: 'Tick who decided',
}

/**
 * Staff ask the group to decide something, and later write down what the group decided, how and by whom. The
 * people taking part give their views with `<cp-decision>` on their own page.
 */
export function decideRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.post('/initiatives/:id/decisions', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const body = await c.req.parseBody({ all: true })
    const result = await tryForm(async () => {
      const kind = text(body, 'kind')
      const problems = []
      if (!kind || !(DECISION_KINDS as readonly string[]).includes(kind)) problems.push({ path: ['kind'], message: OPEN_WORDS.kind })
      if (!text(body, 'question')) problems.push({ path: ['question'], message: OPEN_WORDS.question })
      // Every problem at once, in one round.
      if (problems.length) throw new CoproduceError('validation', 'Some answers need checking', problems)
      return deps.coproduction.decisions.open(
        { initiativeId: initiative.id, kind: kind as DecisionKind, question: text(body, 'question') ?? '' },
        { actor: actorOf(c) },
      )
    }, OPEN_WORDS)
    if (!result.ok) return openPage(c, initiative, { body, errors: result.errors })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/decisions?done=decision-opened#decision-${result.value.id}`, 303)
  })

  app.get('/initiatives/:id/decisions/new', async (c) => openPage(c, await loadInitiative(c, deps)))

  app.get('/initiatives/:id/decisions/:decisionId/decide', async (c) => decidePage(c, deps, await loadInitiative(c, deps)))

  app.post('/initiatives/:id/decisions/:decisionId/decide', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const decisionId = c.req.param('decisionId') ?? ''
    const body = await c.req.parseBody({ all: true })
    const result = await tryForm(async () => {
      const method = text(body, 'method')
      const problems = []
      if (!method || !(DECISION_METHODS as readonly string[]).includes(method))
        problems.push({ path: ['method'], message: DECIDE_WORDS.method })
      if (!text(body, 'text')) problems.push({ path: ['text'], message: DECIDE_WORDS.text })
      if (method !== 'staff-only' && list(body, 'decidedBy').length === 0)
        problems.push({ path: ['decidedBy'], message: DECIDE_WORDS.decidedBy })
      // Every problem at once, in one round.
      if (problems.length) throw new CoproduceError('validation', 'Some answers need checking', problems)
      const decision = await deps.coproduction.decisions.decide(
        decisionId,
        { text: text(body, 'text') ?? '', method: method as DecisionMethod, decidedBy: list(body, 'decidedBy') },
        ctx,
      )
      // The plan points at the decision behind it, so the principles check reads the record, not a tick box.
      if (text(body, 'useAs') === 'plan' && decision.outcome) {
        if (decision.kind === 'aims')
          await deps.coproduction.initiatives.update(
            initiative.id,
            {
              aims: {
                text: decision.outcome.text,
                agreedWith: decision.outcome.decidedBy,
                agreedAt: decision.outcome.decidedAt,
                decisionId: decision.id,
              },
            },
            ctx,
          )
        if (decision.kind === 'ground-rules')
          await deps.coproduction.initiatives.update(
            initiative.id,
            {
              agreements: [
                ...(initiative.agreements ?? []),
                { text: decision.outcome.text, decidedTogether: decision.outcome.method !== 'staff-only', decisionId: decision.id },
              ],
            },
            ctx,
          )
      }
      return decision
    }, DECIDE_WORDS)
    if (!result.ok) return decidePage(c, deps, initiative, { body, errors: result.errors })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/decisions?done=decided#decision-${result.value.id}`, 303)
  })
}

function openPage(c: CasebookContext, initiative: Initiative, form?: { body: FormBody; errors: FieldErrors }) {
  const body = form?.body ?? {}
  return render(
    c,
    <InitiativePage initiative={initiative} tab="decisions" identity={c.get('identity')} errors={form?.errors}>
      <form method="post" action={`/initiatives/${encodeURIComponent(initiative.id)}/decisions`} novalidate>
        <h2 class="heading-l">Ask the group to decide something</h2>
        <p class="body">Everyone taking part sees the question on their page. They can suggest choices and give their view.</p>
        <Choices
          type="radio"
          name="kind"
          label="What is the question about?"
          values={[text(body, 'kind') ?? '']}
          errors={form?.errors}
          small
          options={DECISION_KINDS.map((kind) => ({ value: kind, label: KIND_WORDS[kind] }))}
        />
        <TextArea
          name="question"
          label="The question"
          hint="Use plain words, as you would say it to the group."
          value={text(body, 'question')}
          errors={form?.errors}
          rows={3}
        />
        <Button>Ask the group</Button>
      </form>
    </InitiativePage>,
    form ? 422 : 200,
  )
}

async function decidePage(c: CasebookContext, deps: CasebookDeps, initiative: Initiative, form?: { body: FormBody; errors: FieldErrors }) {
  const ctx = { actor: actorOf(c) }
  const [decision, members] = await Promise.all([
    deps.coproduction.decisions.get(c.req.param('decisionId') ?? '', ctx),
    deps.coproduction.members.list(initiative.id, ctx),
  ])
  const body = form?.body ?? {}
  const tookPart = new Set([
    ...decision.views.map((v) => v.memberId),
    ...decision.options.flatMap((o) => (o.proposedBy ? [o.proposedBy] : [])),
  ])
  const current = members.filter((m) => !m.erasedAt && !m.leftAt)
  const linkable = decision.kind === 'aims' || decision.kind === 'ground-rules'
  return render(
    c,
    <InitiativePage initiative={initiative} tab="decisions" identity={c.get('identity')} errors={form?.errors}>
      <form
        method="post"
        action={`/initiatives/${encodeURIComponent(initiative.id)}/decisions/${encodeURIComponent(decision.id)}/decide`}
        novalidate
      >
        <h2 class="heading-l">Write down what the group decided</h2>
        <p class="body">
          The question: <strong>{decision.question}</strong>
        </p>
        <TextArea name="text" label="What was decided" value={text(body, 'text')} errors={form?.errors} rows={3} />
        <Choices
          type="radio"
          name="method"
          label="How was it decided?"
          values={[text(body, 'method') ?? '']}
          errors={form?.errors}
          small
          options={DECISION_METHODS.map((method) => ({
            value: method,
            label: METHOD_WORDS[method].label,
            hint: METHOD_WORDS[method].hint,
          }))}
        />
        <Choices
          type="checkbox"
          name="decidedBy"
          label="Who decided?"
          hint="People who gave a view or suggested a choice are ticked to start with."
          values={form ? list(body, 'decidedBy') : [...tookPart]}
          errors={form?.errors}
          small
          options={current.map((m) => ({ value: m.id, label: m.displayName }))}
        />
        {linkable ? (
          <Choices
            type="checkbox"
            name="useAs"
            label="Use it in the plan"
            values={form ? list(body, 'useAs') : ['plan']}
            small
            options={[{ value: 'plan', label: decision.kind === 'aims' ? 'Make this the group’s aims' : 'Add this to the ground rules' }]}
          />
        ) : null}
        <Button>Save what was decided</Button>
      </form>
    </InitiativePage>,
    form ? 422 : 200,
  )
}
