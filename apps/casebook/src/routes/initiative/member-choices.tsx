import { API_BASE } from '../../api-base.js'
import { wordsOf } from '../../i18n/language.js'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { actorOf, loadInitiative } from './load.js'

/**
 * Staff write down a choice a member gave on paper or by phone, with the words that were read out, through
 * `<cp-consent mode="staff">`. The record says how it was given and who wrote it down, like any other.
 */
export function memberChoicesRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/members/:memberId/choices', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const member = await deps.coproduction.members.get(c.req.param('memberId') ?? '', { actor: actorOf(c) })
    const t = wordsOf(c)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="members" identity={c.get('identity')} widgets>
        <a href={`/initiatives/${encodeURIComponent(initiative.id)}/members`} class="back-link">
          {t('members.back')}
        </a>
        <h2 class="heading-l">{t('members.choices', { name: member.displayName })}</h2>
        <p class="body">{t('members.choicesText', { name: member.displayName })}</p>
        <cp-consent endpoint={API_BASE} member={member.id} mode="staff"></cp-consent>
      </InitiativePage>,
    )
  })
}
