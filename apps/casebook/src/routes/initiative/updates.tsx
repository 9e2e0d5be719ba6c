import type { Update } from '@coproduce/core'
import { API_BASE } from '../../api-base.js'
import type { CasebookApp, CasebookContext, CasebookDeps } from '../../app-env.js'
import { wordsOf } from '../../i18n/language.js'
import type { MessageKey } from '../../i18n/messages.en.js'
import { useWords } from '../../i18n/translate.js'
import { formatDate } from '../../views/format.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'

const short = (words: string, max = 40) => (words.length > max ? `${words.slice(0, max - 1)}…` : words)

/**
 * "You said, we did" for staff: the updates published so far, each with its history and the notes written on the
 * way, and `<cp-update-editor>` to write a new one or change one. Casebook writes no form of its own here: the
 * widget checks everything at once, offers thanks by name only where consent allows, shows the public card before
 * publishing, and talks to the Coproduce API as the signed-in staff.
 */
export function updatesRoutes(app: CasebookApp, deps: CasebookDeps): void {
  const base = (id: string) => `/initiatives/${encodeURIComponent(id)}/updates`

  app.get('/initiatives/:id/updates', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const ctx = { actor: actorOf(c) }
    const [updates, members] = await Promise.all([
      deps.coproduction.updates.list(initiative.id, ctx),
      deps.coproduction.members.list(initiative.id, ctx),
    ])
    const t = wordsOf(c)
    const nameOf = (id: string) => members.find((m) => m.id === id && !m.erasedAt)?.displayName ?? t('updates.formerMember')
    const newestFirst = [...updates].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    return render(
      c,
      <InitiativePage initiative={initiative} tab="updates" identity={c.get('identity')}>
        <p class="body">{t('updates.intro')}</p>
        <p class="body">
          <a href={`${base(initiative.id)}/new`} class="button">
            {t('updates.new')}
          </a>
        </p>
        <h3 class="heading-m">{t('updates.published')}</h3>
        {newestFirst.length === 0 ? <p class="body">{t('updates.none')}</p> : null}
        {newestFirst.map((update) => (
          <UpdateCard update={update} nameOf={nameOf} changeHref={`${base(initiative.id)}/${encodeURIComponent(update.id)}/change`} />
        ))}
      </InitiativePage>,
    )
  })

  app.get('/initiatives/:id/updates/new', async (c) => {
    const initiative = await loadInitiative(c, deps)
    return editorPage(c, initiative)
  })

  app.get('/initiatives/:id/updates/:updateId/change', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const updateId = c.req.param('updateId')
    const updates = await deps.coproduction.updates.list(initiative.id, { actor: actorOf(c) })
    const update = updates.find((u) => u.id === updateId)
    if (!update) return c.notFound()
    return editorPage(c, initiative, update.id)
  })

  const editorPage = (c: CasebookContext, initiative: Awaited<ReturnType<typeof loadInitiative>>, updateId?: string) =>
    render(
      c,
      <InitiativePage initiative={initiative} tab="updates" identity={c.get('identity')} widgets>
        <a href={base(initiative.id)} class="back-link">
          {wordsOf(c)('updates.all')}
        </a>
        <cp-update-editor endpoint={API_BASE} initiative={initiative.id} update-id={updateId}></cp-update-editor>
      </InitiativePage>,
    )
}

/** One published update as staff see it: the words, where it stands, who is thanked, and its history with notes. */
function UpdateCard({ update, nameOf, changeHref }: { update: Update; nameOf: (id: string) => string; changeHref: string }) {
  const id = `update-${update.id}`
  const { language, t } = useWords()
  const status = (s: string) => t(`status.${s}` as MessageKey)
  return (
    <article class="card" id={id} aria-labelledby={`${id}-title`}>
      <p class="card__meta">
        {update.withdrawn ? (
          <strong class="tag tag--withdrawn">{t('updates.takenDown')}</strong>
        ) : (
          <strong class={`tag tag--${update.status}`}>{status(update.status)}</strong>
        )}{' '}
        {t('updates.publishedOn', { date: formatDate(update.publishedAt, language) })}
        {update.progress !== undefined ? t('updates.progress', { progress: update.progress }) : ''}
      </p>
      {update.withdrawn ? (
        <p class="body">
          <strong>{t('updates.takenDownOn', { date: formatDate(update.withdrawn.at, language) })}</strong> {update.withdrawn.reason}
        </p>
      ) : null}
      <h4 class="heading-s" id={`${id}-title`}>
        {t('updates.youSaid', { text: update.youSaid })}
      </h4>
      <p class="body">
        <strong>{t('updates.weDid')}</strong> {update.weDid}
      </p>
      {update.reason ? (
        <p class="body">
          <strong>{t('updates.notPossible')}</strong> {update.reason}
        </p>
      ) : null}
      <p class="hint">
        {update.linkedFeedback.length === 1 ? t('updates.answersOne') : t('updates.answersMany', { count: update.linkedFeedback.length })}
        {update.credits.length ? t('updates.thanks', { names: update.credits.map(nameOf).join(', ') }) : ''}
      </p>
      <details class="details">
        <summary class="details__summary">
          {t('updates.history')}
          <span class="visually-hidden">: {short(update.youSaid)}</span>
        </summary>
        <ol class="list details__body">
          {update.timeline.map((entry) => (
            <li>
              {formatDate(entry.at, language)}: {status(entry.status)}
              {entry.note ? ` — ${entry.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
      <p class="body">
        <a href={changeHref}>
          {update.withdrawn ? t('updates.see') : t('updates.change')}
          <span class="visually-hidden">: {short(update.youSaid)}</span>
        </a>
      </p>
    </article>
  )
}
