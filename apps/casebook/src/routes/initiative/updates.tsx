import { UPDATE_STATUSES, type Update, type UpdateInput, type UpdatePatch } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import { list, number, text, type FormBody } from '../../forms/read-form.js'
import { Button, Choices, Select, TextArea, TextInput } from '../../views/fields.js'
import { feedbackKindWords, formatDate, ratingWords, updateStatusWords } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative, noticeFrom } from './load.js'

const PLAIN_WORDS = {
  youSaid: 'Say what people told you, in their words',
  weDid: 'Say what you did, or will do',
  status: 'Choose where this is up to',
  reason: 'Say why this is not possible',
  progress: 'Enter how far along it is, from 0 to 100',
  linkedFeedback: 'Choose the feedback this answers',
  credits: 'Choose who to thank',
  note: 'Check the note',
  // Publishing someone's own words needs their yes: the core refuses, and the form says why and what to do.
  'consent-required':
    'youSaid: This uses the words of someone who has not said yes to sharing them. Say it in your own words, or ask them first.',
}

const STATUS_HINTS: Record<string, string> = {
  planned: 'We have agreed to do it.',
  'in-progress': 'We have started.',
  done: 'It has happened.',
  'not-possible': 'We cannot do it. You must say why.',
}

const short = (words: string | undefined, max = 90) => (!words ? '' : words.length > max ? `${words.slice(0, max - 1)}…` : words)

/** Errors and answers of the "change" form of one update, kept apart from the publish form's. */
interface ChangeForm {
  updateId: string
  body: FormBody
  errors: FieldErrors
}

const changeKey = (updateId: string, field: string) => `change-${updateId}.${field}`

export function updatesRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = async (c: CasebookContext, form?: { body: FormBody; errors: FieldErrors }, change?: ChangeForm) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const [updates, feedback, members] = await Promise.all([
      deps.coproduction.updates.list(initiative.id, ctx),
      deps.coproduction.feedback.list(initiative.id, ctx),
      deps.coproduction.members.list(initiative.id, ctx),
    ])
    const creditConsent = new Map(
      await Promise.all(
        members.map(async (member) => {
          // A removed person can be thanked by name no more, and has no choices left to read.
          if (member.erasedAt) return [member.id, false] as const
          const current = await deps.coproduction.consent.current(member.id, ctx)
          return [member.id, current.find((x) => x.purposeId === 'credit-by-name')?.status === 'given'] as const
        }),
      ),
    )
    const answering = feedback.find((f) => f.id === c.req.query('answer'))
    const body: FormBody = form?.body ?? (answering ? { youSaid: answering.text ?? '', linkedFeedback: [answering.id] } : {})
    const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? 'Former member'
    const newestFirst = [...updates].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    const allErrors = { ...(form?.errors ?? {}), ...(change?.errors ?? {}) }
    const base = `/initiatives/${encodeURIComponent(initiative.id)}`
    return render(
      c,
      <InitiativePage initiative={initiative} tab="updates" identity={c.get('identity')} errors={allErrors} notice={noticeFrom(c)}>
        <p class="body">
          People who give feedback want to know what happened. Tell them what you heard and what you did — or why it is not possible. Names
          only show for people who said yes to being named.
        </p>
        <form method="post" action={`${base}/updates`} novalidate class="panel" id="publish">
          <h3 class="heading-m">Publish an update</h3>
          <TextArea
            name="youSaid"
            label="You said"
            hint="What people told you, in their words."
            value={text(body, 'youSaid')}
            errors={form?.errors}
            rows={3}
          />
          <TextArea
            name="weDid"
            label="We did"
            hint="What you did, or will do, about it."
            value={text(body, 'weDid')}
            errors={form?.errors}
            rows={3}
          />
          <Choices
            type="radio"
            name="status"
            label="Where is it up to?"
            values={[text(body, 'status') ?? 'planned']}
            errors={form?.errors}
            small
            options={UPDATE_STATUSES.map((status) => ({ value: status, label: updateStatusWords(status), hint: STATUS_HINTS[status] }))}
          />
          <TextArea
            name="reason"
            label="If it is not possible, why not?"
            hint="Be honest and plain. “Not possible, because…”"
            value={text(body, 'reason')}
            errors={form?.errors}
            rows={2}
          />
          <TextInput
            name="progress"
            label="How far along is it? (optional)"
            hint="From 0 to 100."
            inputmode="numeric"
            width="short"
            value={text(body, 'progress')}
            errors={form?.errors}
          />
          <Choices
            type="checkbox"
            name="linkedFeedback"
            label="Which feedback does this answer?"
            hint="The people who gave it will see this update marked as an answer to them."
            values={list(body, 'linkedFeedback')}
            errors={form?.errors}
            small
            options={[...feedback]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((f) => ({
                value: f.id,
                label: `${formatDate(f.createdAt)}: ${short(f.text) || ratingWords(f.rating) || feedbackKindWords(f.kind)}`,
                ...(updates.some((u) => u.linkedFeedback.includes(f.id)) ? { hint: 'Already has an answer' } : {}),
              }))}
          />
          <Choices
            type="checkbox"
            name="credits"
            label="Who should we thank by name?"
            hint="Only people who said yes to being named will be shown."
            values={list(body, 'credits')}
            errors={form?.errors}
            small
            options={members
              .filter((m) => !m.erasedAt)
              .map((m) => ({
                value: m.id,
                label: m.displayName,
                hint: creditConsent.get(m.id) ? 'Said yes to being named' : 'Has not said yes to being named: their name will not show',
              }))}
          />
          <Button>Publish update</Button>
        </form>

        <h3 class="heading-m">Published updates</h3>
        {newestFirst.map((update: Update) => {
          const mine = change?.updateId === update.id ? change : undefined
          const values = mine?.body ?? {}
          return (
            <article class="card" id={`update-${update.id}`} aria-labelledby={`update-${update.id}-title`}>
              <p class="card__meta">
                <strong class={`tag tag--${update.status}`}>{updateStatusWords(update.status)}</strong> Published{' '}
                {formatDate(update.publishedAt)}
                {update.progress !== undefined ? ` · ${update.progress}% done` : ''}
              </p>
              <h4 class="heading-s" id={`update-${update.id}-title`}>
                You said: {update.youSaid}
              </h4>
              <p class="body">
                <strong>We did:</strong> {update.weDid}
              </p>
              {update.reason ? (
                <p class="body">
                  <strong>Not possible, because:</strong> {update.reason}
                </p>
              ) : null}
              <p class="hint">
                {update.linkedFeedback.length === 1
                  ? 'Answers 1 piece of feedback.'
                  : `Answers ${update.linkedFeedback.length} pieces of feedback.`}
                {update.credits.length
                  ? ` Thanks: ${update.credits.map((id) => `${nameOf(id)}${creditConsent.get(id) ? '' : ' (not shown)'}`).join(', ')}.`
                  : ''}
              </p>
              <details class="details" open={!!mine}>
                <summary class="details__summary">
                  Change where this is up to<span class="visually-hidden">: {short(update.youSaid, 40)}</span>
                </summary>
                <form method="post" action={`${base}/updates/${encodeURIComponent(update.id)}`} novalidate class="details__body">
                  <Select
                    name="status"
                    errorKey={changeKey(update.id, 'status')}
                    label="Where is it up to?"
                    value={text(values, 'status') ?? update.status}
                    errors={mine?.errors}
                    options={UPDATE_STATUSES.map((status) => ({ value: status, label: updateStatusWords(status) }))}
                  />
                  <TextArea
                    name="reason"
                    errorKey={changeKey(update.id, 'reason')}
                    label="If it is not possible, why not?"
                    value={text(values, 'reason') ?? update.reason}
                    errors={mine?.errors}
                    rows={2}
                  />
                  <TextInput
                    name="progress"
                    errorKey={changeKey(update.id, 'progress')}
                    label="How far along? (0 to 100)"
                    inputmode="numeric"
                    width="short"
                    value={text(values, 'progress') ?? update.progress}
                    errors={mine?.errors}
                  />
                  <TextArea
                    name="note"
                    errorKey={changeKey(update.id, 'note')}
                    label="What changed? (optional)"
                    value={text(values, 'note')}
                    errors={mine?.errors}
                    rows={2}
                  />
                  <Button secondary>Save change</Button>
                </form>
              </details>
            </article>
          )
        })}
      </InitiativePage>,
      form || change ? 422 : 200,
    )
  }

  app.get('/initiatives/:id/updates', (c) => page(c))

  app.post('/initiatives/:id/updates', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const body = await c.req.parseBody({ all: true })
    const input = {
      initiativeId: initiative.id,
      youSaid: text(body, 'youSaid'),
      weDid: text(body, 'weDid'),
      status: text(body, 'status') ?? 'planned',
      ...(text(body, 'reason') ? { reason: text(body, 'reason') } : {}),
      ...(number(body, 'progress') !== undefined ? { progress: number(body, 'progress') } : {}),
      linkedFeedback: list(body, 'linkedFeedback'),
      credits: list(body, 'credits'),
    } as UpdateInput
    const result = await tryForm(() => deps.coproduction.updates.publish(input, { actor: actorOf(c) }), PLAIN_WORDS)
    if (!result.ok) return page(c, { body, errors: result.errors })
    return c.redirect(
      `/initiatives/${encodeURIComponent(initiative.id)}/updates?done=published#update-${encodeURIComponent(result.value.id)}`,
      303,
    )
  })

  app.post('/initiatives/:id/updates/:updateId', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const updateId = c.req.param('updateId')
    const body = await c.req.parseBody({ all: true })
    const patch = {
      status: text(body, 'status'),
      ...(text(body, 'reason') ? { reason: text(body, 'reason') } : {}),
      ...(number(body, 'progress') !== undefined ? { progress: number(body, 'progress') } : {}),
      ...(text(body, 'note') ? { note: text(body, 'note') } : {}),
    } as UpdatePatch
    const result = await tryForm(() => deps.coproduction.updates.change(updateId, patch, { actor: actorOf(c) }), PLAIN_WORDS)
    if (!result.ok) {
      const errors = Object.fromEntries(Object.entries(result.errors).map(([key, message]) => [changeKey(updateId, key), message]))
      return page(c, undefined, { updateId, body, errors })
    }
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/updates?done=changed#update-${encodeURIComponent(updateId)}`, 303)
  })
}
