import { API_BASE } from '../../api-base.js'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { wordsOf } from '../../i18n/language.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { loadInitiative } from './load.js'

/**
 * Sessions: a layout and one widget. `<cp-sessions>` lists the sessions, plans a new one (warning about the school
 * run, working hours and access needs not met, and refusing a session with no place) and records who came.
 * Casebook writes no form of its own here: the widget talks to the Coproduce API as the signed-in staff.
 */
export function sessionsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/sessions', async (c) => {
    const initiative = await loadInitiative(c, deps)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="sessions" identity={c.get('identity')} widgets>
        <p class="body">{wordsOf(c)('sessions.intro')}</p>
        <cp-sessions endpoint={API_BASE} initiative={initiative.id}></cp-sessions>
      </InitiativePage>,
    )
  })
}
