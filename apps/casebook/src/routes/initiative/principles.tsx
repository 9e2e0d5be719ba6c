import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { wordsOf } from '../../i18n/language.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { loadInitiative } from './load.js'
import { API_BASE } from '../../api-base.js'

export function principlesRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/principles', async (c) => {
    const initiative = await loadInitiative(c, deps)
    return render(
      c,
      <InitiativePage initiative={initiative} tab="principles" identity={c.get('identity')} widgets>
        <p class="body">{wordsOf(c)('principles.intro')}</p>
        <cp-principles-report endpoint={API_BASE} initiative={initiative.id} heading-level="3"></cp-principles-report>
      </InitiativePage>,
    )
  })
}
