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
        <section class="section" aria-labelledby="give-feedback">
          <h2 class="heading-l" id="give-feedback">
            Tell us what you think
          </h2>
          <p class="body">You do not have to give your name. It is your choice.</p>
          <cp-feedback endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID} member={memberId}></cp-feedback>
        </section>
        <section class="section" aria-labelledby="you-said-we-did">
          <h2 class="heading-l" id="you-said-we-did">
            You said, we did
          </h2>
          <cp-updates endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID}></cp-updates>
        </section>
        <section class="section" aria-labelledby="your-choices">
          <h2 class="heading-l" id="your-choices">
            Your choices
          </h2>
          {memberId ? (
            <>
              <p class="body">Choose how we may use your words and your name. You can change your mind at any time.</p>
              <cp-consent endpoint={API_BASE} member={memberId}></cp-consent>
            </>
          ) : (
            <p class="body">
              To choose how we use your words and your name, <a href="/login?next=/take-part">say who you are</a>.
            </p>
          )}
        </section>
      </Layout>,
    )
  })
}
