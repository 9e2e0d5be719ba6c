import { API_BASE } from '../api-base.js'
import type { CasebookApp, CasebookDeps } from '../app-env.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'
import { myDataRoutes } from './my-data.js'

/** The parts of the page, so a person on a phone can jump straight to the one they want. */
const PARTS = [
  { id: 'tell-us', label: 'Tell us something' },
  { id: 'what-changed', label: 'What changed because of what people said' },
  { id: 'deciding', label: 'What we are deciding together' },
  { id: 'my-part', label: 'Your part: sessions, payments and thanks' },
  { id: 'your-choices', label: 'Your choices about your words and your name' },
  { id: 'your-data', label: 'See or remove what we keep about you' },
] as const

/** The participant's page: give feedback, read "you said, we did", and choose how your words and name are used. */
export function takePartRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/take-part', async (c) => {
    const identity = c.get('identity')
    const memberId = identity?.memberId
    const firstName = identity?.memberId ? identity.name.split(' ')[0] : undefined
    const memberOnly = new Set(['deciding', 'my-part', 'your-data'])
    const parts = memberId ? PARTS : PARTS.filter((part) => !memberOnly.has(part.id))
    // The questions still open, and those decided in the last month, newest first: each person gives their view,
    // or sees what was decided, how and by whom, with <cp-decision>. The ground rules have <cp-agreement>.
    const monthAgo = Date.now() - 31 * 24 * 60 * 60 * 1000
    const deciding = memberId
      ? (await deps.coproduction.decisions.listPublic(DEMO_INITIATIVE_ID, { actor: identity?.actor ?? null }))
          .filter((d) => d.kind !== 'ground-rules' && (d.status !== 'decided' || Date.parse(d.outcome?.decidedAt ?? '') > monthAgo))
          .reverse()
      : []
    return render(
      c,
      <Layout title="Take part" identity={identity} section="take-part" widgets>
        <span class="caption">Cost of Living Truth Commission</span>
        <h1 class="heading-xl">{firstName ? `Hello, ${firstName}` : 'Take part'}</h1>
        <p class="body-l">Tell us what getting help is like. We read everything, and we tell you what we did about it.</p>
        <nav class="contents" aria-labelledby="contents-title">
          <h2 class="heading-s" id="contents-title">
            On this page
          </h2>
          <ul class="contents__list">
            {parts.map((part) => (
              <li>
                <a href={`#${part.id}`}>{part.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <section class="section" id="tell-us" aria-labelledby="tell-us-title">
          <h2 class="heading-l" id="tell-us-title">
            Tell us something
          </h2>
          <p class="body">
            Give a score, tell us your story, or share an idea. You can do one, two or all three.
            {memberId ? ' You do not have to give your name. It is your choice.' : ''}
          </p>
          <cp-feedback
            endpoint={API_BASE}
            initiative={DEMO_INITIATIVE_ID}
            member={memberId}
            kinds="rating story text"
            reply-within-days="30"
          ></cp-feedback>
        </section>
        <section class="section" id="what-changed">
          <cp-updates endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID} member={memberId}></cp-updates>
        </section>
        {memberId ? (
          <>
            <section class="section" id="deciding" aria-labelledby="deciding-title">
              <h2 class="heading-l" id="deciding-title">
                What we are deciding together
              </h2>
              {deciding.length ? (
                deciding.map((d) => (
                  <div class="section">
                    <cp-decision endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID} decision={d.id} member={memberId}></cp-decision>
                  </div>
                ))
              ) : (
                <p class="body">Nothing is waiting for your view just now.</p>
              )}
              <cp-agreement endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID} member={memberId}></cp-agreement>
            </section>
            <section class="section" id="my-part">
              <cp-my-involvement endpoint={API_BASE} member={memberId} choices-href="#your-choices"></cp-my-involvement>
            </section>
          </>
        ) : null}
        <section class="section" id="your-choices" aria-labelledby={memberId ? undefined : 'your-choices-title'}>
          {memberId ? (
            <cp-consent endpoint={API_BASE} member={memberId}></cp-consent>
          ) : (
            <>
              <h2 class="heading-l" id="your-choices-title">
                Your choices
              </h2>
              <p class="body">
                To choose how we use your words and your name, <a href="/login?next=/take-part">say who you are</a>.
              </p>
            </>
          )}
        </section>
        {memberId ? (
          <section class="section" id="your-data" aria-labelledby="your-data-title">
            <h2 class="heading-l" id="your-data-title">
              See or remove what we keep about you
            </h2>
            <p class="body">You can see everything we keep about you, and you can ask us to remove it. It is your information.</p>
            <ul class="list">
              <li>
                <a href="/take-part/my-data" download="my-data.json">
                  Download my data
                </a>{' '}
                (a file you can keep)
              </li>
              <li>
                <a href="/take-part/remove-my-data">Remove my data</a>
              </li>
            </ul>
          </section>
        ) : null}
      </Layout>,
    )
  })

  myDataRoutes(app, deps)
}
