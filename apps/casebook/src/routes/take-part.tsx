import { API_BASE } from '../api-base.js'
import type { CasebookApp, CasebookDeps } from '../app-env.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'

/** The participant's page: give feedback, read "you said, we did", and choose how your words and name are used. */
export function takePartRoutes(app: CasebookApp, _deps: CasebookDeps): void {
  app.get('/take-part', (c) => {
    const identity = c.get('identity')
    const memberId = identity?.memberId
    const firstName = identity?.memberId ? identity.name.split(' ')[0] : undefined
    return render(
      c,
      <Layout title="Take part" identity={identity} section="take-part" widgets>
        <span class="caption">Cost of Living Truth Commission</span>
        <h1 class="heading-xl">{firstName ? `Hello, ${firstName}` : 'Take part'}</h1>
        <p class="body-l">
          Tell us what getting help is like. We read everything, and we tell you what we did about it.
        </p>
        <p class="body">You do not have to give your name. It is your choice.</p>
        <div class="section">
          <cp-feedback endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID} member={memberId} reply-within-days="30"></cp-feedback>
        </div>
        <div class="section">
          <cp-updates endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID}></cp-updates>
        </div>
        <div class="section">
          {memberId ? (
            <cp-consent endpoint={API_BASE} member={memberId}></cp-consent>
          ) : (
            <>
              <h2 class="heading-l">Your choices</h2>
              <p class="body">
                To choose how we use your words and your name, <a href="/login?next=/take-part">say who you are</a>.
              </p>
            </>
          )}
        </div>
      </Layout>,
    )
  })
}
