import type { SessionInput } from '@coproduce/core'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { tryForm, type FieldErrors } from '../../forms/form-errors.js'
import { checked, number, text, type FormBody } from '../../forms/read-form.js'
import { Button, Choices, Select, TextInput } from '../../views/fields.js'
import { formatDateTime, londonToIso, venueKindWords } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative, noticeFrom } from './load.js'

const PLAIN_WORDS = {
  title: 'Enter a short name for the session',
  startsAt: 'Enter the date and time the session starts',
  durationMinutes: 'Enter how long it lasts in minutes, for example 120',
  format: 'Choose how people will meet',
  'venue.name': 'Enter where it is',
  'venue.kind': 'Choose what kind of place it is',
}

const VENUE_KINDS = ['community', 'neutral', 'online', 'professional', 'service-premises'] as const
const FORMAT_WORDS: Record<string, string> = { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' }

export function sessionsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const page = async (c: CasebookContext, form?: { body: FormBody; errors: FieldErrors }) => {
    const initiative = await loadInitiative(c, deps)
    const sessions = await deps.coproduction.sessions.list(initiative.id, { actor: actorOf(c) })
    const body = form?.body ?? {}
    const now = new Date().toISOString()
    return render(
      c,
      <InitiativePage initiative={initiative} tab="sessions" identity={c.get('identity')} errors={form?.errors} notice={noticeFrom(c)}>
        <p class="body">Meet where people feel at ease: a community place, not the office. Plan childcare and travel help together.</p>
        <table class="table table--stack">
          <caption class="table__caption visually-hidden">Sessions</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">When</th>
              <th scope="col">Where</th>
              <th scope="col">Help to come</th>
              <th scope="col">People</th>
              <th scope="col">Held?</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr>
                <td>{session.title ?? 'Session'}</td>
                <td data-label="When">{formatDateTime(session.startsAt)}</td>
                <td data-label="Where">
                  {session.venue
                    ? `${session.venue.name} (${venueKindWords(session.venue.kind).toLowerCase()})`
                    : FORMAT_WORDS[session.format]}
                </td>
                <td data-label="Help to come">
                  {[session.childcare && 'Childcare', session.travelSupport && 'Travel'].filter(Boolean).join(', ') || '–'}
                </td>
                <td data-label="People">{session.attendees?.filter((a) => a.attended).length ?? 0}</td>
                <td data-label="Held">
                  {session.heldAt ? (
                    'Yes'
                  ) : session.startsAt <= now ? (
                    <form
                      method="post"
                      action={`/initiatives/${encodeURIComponent(initiative.id)}/sessions/${encodeURIComponent(session.id)}/held`}
                      class="inline-form"
                    >
                      <button type="submit" class="button button--secondary button--small">
                        Mark as held<span class="visually-hidden">: {session.title ?? 'session'}</span>
                      </button>
                    </form>
                  ) : (
                    'Not yet'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" novalidate class="panel">
          <h3 class="heading-m">Add a session</h3>
          <TextInput
            name="title"
            label="Name of the session"
            hint="For example: Story circle."
            value={text(body, 'title')}
            errors={form?.errors}
          />
          <div class="grid-row">
            <div class="grid-column-third">
              <TextInput
                name="date"
                errorKey="startsAt"
                label="Date"
                type="date"
                value={text(body, 'date')}
                errors={form?.errors}
                width="medium"
              />
            </div>
            <div class="grid-column-third">
              <TextInput
                name="time"
                label="Start time"
                hint="UK time"
                type="time"
                value={text(body, 'time') ?? '10:00'}
                errors={form?.errors}
                width="medium"
              />
            </div>
            <div class="grid-column-third">
              <TextInput
                name="durationMinutes"
                label="How long (minutes)"
                inputmode="numeric"
                value={text(body, 'durationMinutes') ?? '120'}
                errors={form?.errors}
                width="short"
              />
            </div>
          </div>
          <Choices
            type="radio"
            name="format"
            label="How will people meet?"
            values={[text(body, 'format') ?? 'in-person']}
            errors={form?.errors}
            small
            options={Object.entries(FORMAT_WORDS).map(([value, label]) => ({ value, label }))}
          />
          <TextInput
            name="venueName"
            errorKey="venue.name"
            label="Where"
            hint="For example: Holbeck Community Centre."
            value={text(body, 'venueName')}
            errors={form?.errors}
          />
          <Select
            name="venueKind"
            errorKey="venue.kind"
            label="What kind of place is it?"
            value={text(body, 'venueKind') ?? 'community'}
            errors={form?.errors}
            options={VENUE_KINDS.map((kind) => ({ value: kind, label: venueKindWords(kind) }))}
          />
          <Choices
            type="checkbox"
            name="support"
            label="Help to come"
            values={[checked(body, 'childcare') ? 'childcare' : '', checked(body, 'travelSupport') ? 'travelSupport' : ''].filter(Boolean)}
            errors={form?.errors}
            small
            options={[
              { value: 'childcare', label: 'Childcare' },
              { value: 'travelSupport', label: 'Help with travel' },
            ]}
          />
          <Button>Add session</Button>
        </form>
      </InitiativePage>,
      form ? 422 : 200,
    )
  }

  app.get('/initiatives/:id/sessions', (c) => page(c))

  app.post('/initiatives/:id/sessions', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const raw = await c.req.parseBody({ all: true })
    const support = Array.isArray(raw.support) ? raw.support : raw.support ? [raw.support] : []
    const body: FormBody = {
      ...raw,
      childcare: support.includes('childcare') ? 'on' : '',
      travelSupport: support.includes('travelSupport') ? 'on' : '',
    }
    const date = text(body, 'date') ?? ''
    const time = text(body, 'time') ?? ''
    const venueName = text(body, 'venueName')
    const input = {
      initiativeId: initiative.id,
      ...(text(body, 'title') ? { title: text(body, 'title') } : {}),
      startsAt: londonToIso(date, time),
      durationMinutes: number(body, 'durationMinutes'),
      format: text(body, 'format'),
      ...(venueName ? { venue: { name: venueName, kind: text(body, 'venueKind'), access: [] } } : {}),
      childcare: checked(body, 'childcare'),
      travelSupport: checked(body, 'travelSupport'),
    } as SessionInput
    const result = await tryForm(() => deps.coproduction.sessions.schedule(input, { actor: actorOf(c) }), PLAIN_WORDS)
    if (!result.ok) return page(c, { body, errors: result.errors })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/sessions?done=session`, 303)
  })

  app.post('/initiatives/:id/sessions/:sessionId/held', async (c) => {
    const initiative = await loadInitiative(c, deps)
    await deps.coproduction.sessions.markHeld(c.req.param('sessionId'), { actor: actorOf(c) })
    return c.redirect(`/initiatives/${encodeURIComponent(initiative.id)}/sessions?done=held`, 303)
  })
}
