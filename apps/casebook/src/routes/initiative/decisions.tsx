import { API_BASE } from '../../api-base.js'
import { wordsOf } from '../../i18n/language.js'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { loadInitiative } from './load.js'

/**
 * Decisions: a layout and one widget. `<cp-decisions>` shows every decision of the group as recorded (the choices
 * and who brought them, each person's view, and what was decided, how and by whom), asks the group to decide
 * something, writes down what the group decided (and, for the aims or the ground rules, puts it in the plan so the
 * principles check reads the record), and opens a question again. The people taking part give their views with
 * `<cp-decision>` on their own page. Casebook writes no form of its own here: the widget talks to the Coproduce API
 * as the signed-in staff.
 */
export function decisionsRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/decisions', async (c) => {
    const initiative = await loadInitiative(c, deps)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="decisions" identity={c.get('identity')} widgets>
        <p class="body">{wordsOf(c)('decisions.intro')}</p>
        <cp-decisions endpoint={API_BASE} initiative={initiative.id}></cp-decisions>
      </InitiativePage>,
    )
  })
}
