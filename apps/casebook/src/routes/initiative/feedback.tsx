import { API_BASE } from '../../api-base.js'
import type { CasebookApp, CasebookDeps } from '../../app-env.js'
import { InitiativePage } from '../../views/initiative-page.js'
import { render } from '../../views/render.js'
import { loadInitiative } from './load.js'

/**
 * The feedback inbox: a layout and two widgets. `<cp-feedback-inbox>` lists what people said (filters, counts,
 * paging, who agreed to be quoted); "Answer with an update" opens `<cp-update-editor>` below with the feedback
 * linked. Casebook writes no form of its own here: the widgets talk to the Coproduce API as the signed-in staff.
 */
export function feedbackRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/initiatives/:id/feedback', async (c) => {
    const initiative = await loadInitiative(c, deps)
    const base = `/initiatives/${encodeURIComponent(initiative.id)}`
    return render(
      c,
      <InitiativePage initiative={initiative} tab="feedback" identity={c.get('identity')} widgets>
        <cp-feedback-inbox
          endpoint={API_BASE}
          initiative={initiative.id}
          editor="editor"
          update-href={`${base}/updates#update-{id}`}
        ></cp-feedback-inbox>
        <cp-update-editor id="editor" endpoint={API_BASE} initiative={initiative.id}></cp-update-editor>
      </InitiativePage>,
    )
  })
}
