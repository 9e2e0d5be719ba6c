import { API_BASE } from '../api-base.js'
import type { CasebookApp, CasebookDeps } from '../app-env.js'
import { DEMO_INITIATIVE_ID } from '../demo/ids.js'
import { wordsOf } from '../i18n/language.js'
import type { MessageKey } from '../i18n/messages.en.js'
import { Layout } from '../views/layout.js'
import { render } from '../views/render.js'
import { myDataRoutes } from './my-data.js'

/** The parts of the page, so a person on a phone can jump straight to the one they want. */
const PARTS: readonly { id: string; label: MessageKey }[] = [
  { id: 'tell-us', label: 'takePart.tellUs' },
  { id: 'what-changed', label: 'takePart.whatChanged' },
  { id: 'deciding', label: 'takePart.deciding' },
  { id: 'my-part', label: 'takePart.myPart' },
  { id: 'your-choices', label: 'takePart.yourChoices' },
  { id: 'your-data', label: 'takePart.yourData' },
]

/** The participant's page: give feedback, read "you said, we did", and choose how your words and name are used. */
export function takePartRoutes(app: CasebookApp, deps: CasebookDeps): void {
  app.get('/take-part', async (c) => {
    const identity = c.get('identity')
    const t = wordsOf(c)
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
      <Layout title={t('takePart.title')} identity={identity} section="take-part" widgets>
        <span class="caption">{t('takePart.caption')}</span>
        <h1 class="heading-xl">{firstName ? t('takePart.hello', { name: firstName }) : t('takePart.title')}</h1>
        <p class="body-l">{t('takePart.lead')}</p>
        <nav class="contents" aria-labelledby="contents-title">
          <h2 class="heading-s" id="contents-title">
            {t('takePart.onThisPage')}
          </h2>
          <ul class="contents__list">
            {parts.map((part) => (
              <li>
                <a href={`#${part.id}`}>{t(part.label)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <section class="section" id="tell-us" aria-labelledby="tell-us-title">
          <h2 class="heading-l" id="tell-us-title">
            {t('takePart.tellUs')}
          </h2>
          <p class="body">
            {t('takePart.tellUsText')}
            {memberId ? t('takePart.noName') : ''}
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
                {t('takePart.deciding')}
              </h2>
              {deciding.length ? (
                deciding.map((d) => (
                  <div class="section">
                    <cp-decision endpoint={API_BASE} initiative={DEMO_INITIATIVE_ID} decision={d.id} member={memberId}></cp-decision>
                  </div>
                ))
              ) : (
                <p class="body">{t('takePart.nothingWaiting')}</p>
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
                {t('takePart.choices')}
              </h2>
              <p class="body">
                {t('takePart.choicesText')} <a href="/login?next=/take-part">{t('takePart.sayWho')}</a>.
              </p>
            </>
          )}
        </section>
        {memberId ? (
          <section class="section" id="your-data" aria-labelledby="your-data-title">
            <h2 class="heading-l" id="your-data-title">
              {t('takePart.yourData')}
            </h2>
            <p class="body">{t('takePart.dataText')}</p>
            <ul class="list">
              <li>
                <a href="/take-part/my-data" download="my-data.json">
                  {t('takePart.download')}
                </a>{' '}
                {t('takePart.keep')}
              </li>
              <li>
                <a href="/take-part/remove-my-data">{t('takePart.remove')}</a>
              </li>
            </ul>
          </section>
        ) : null}
      </Layout>,
    )
  })

  myDataRoutes(app, deps)
}
