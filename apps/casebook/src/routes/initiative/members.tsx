import { API_BASE } from '../../api-base.js'
import { wordsOf } from '../../i18n/language.js'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { CASELOAD } from '../../demo/caseload.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { loadInitiative } from './load.js'

/**
 * Members: a layout and one widget. `<cp-members>` lists the people taking part (how they take part, what helps
 * them, their case, whether they agreed to be named in thanks), adds someone, changes their details and writes down
 * that someone has left, after saying plainly what that means. Casebook gives it its own links (the case page and
 * the page to write down a choice given on paper or by phone) and its case references, so a mistyped one is refused
 * with the other problems. Casebook writes no form of its own here: the widget talks to the Coproduce API as the
 * signed-in staff.
 */
export function membersRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/members', async (c) => {
    const initiative = await loadInitiative(c, deps)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="members" identity={c.get('identity')} widgets>
        <p class="body">{wordsOf(c)('members.intro')}</p>
        <cp-members
          endpoint={API_BASE}
          initiative={initiative.id}
          case-link="/cases/{ref}"
          case-refs={CASELOAD.map((record) => record.ref).join(' ')}
          choices-link={`/initiatives/${encodeURIComponent(initiative.id)}/members/{id}/choices`}
        ></cp-members>
      </InitiativePage>,
    )
  })
}
