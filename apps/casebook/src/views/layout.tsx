import type { Child } from 'hono/jsx'
import type { DemoIdentity } from '../demo/identities.js'
import type { MessageKey } from '../i18n/messages.en.js'
import { LANGUAGE_NAMES, LANGUAGES, useWords } from '../i18n/translate.js'

export interface LayoutProps {
  title: string
  identity: DemoIdentity | undefined
  /** Which top link is the current section. */
  section?: 'caseload' | 'commission' | 'take-part' | 'impact' | 'login'
  /** True when the page shows form errors: the title starts with "Error:". */
  hasErrors?: boolean
  /** Load the Coproduce widgets on this page. */
  widgets?: boolean
  children?: Child
}

const staffLinks: readonly { href: string; label: MessageKey; section: string }[] = [
  { href: '/caseload', label: 'layout.caseload', section: 'caseload' },
  { href: '/initiatives/leeds-truth-commission', label: 'layout.commission', section: 'commission' },
  { href: '/impact', label: 'layout.impact', section: 'impact' },
]
const memberLinks: readonly { href: string; label: MessageKey; section: string }[] = [
  { href: '/take-part', label: 'layout.takePart', section: 'take-part' },
  { href: '/impact', label: 'layout.impact', section: 'impact' },
]

export function Layout({ title, identity, section, hasErrors, widgets, children }: LayoutProps) {
  const { language, t } = useWords()
  const links = identity ? (identity.actor?.roles.includes('staff') ? staffLinks : memberLinks) : []
  const others = LANGUAGES.filter((other) => other !== language)
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t(hasErrors ? 'layout.errorTitle' : 'layout.title', { title })}</title>
        <link rel="stylesheet" href="/static/casebook.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {widgets ? <script type="module" src="/static/elements/index.js"></script> : null}
      </head>
      <body>
        <a href="#main-content" class="skip-link">
          {t('layout.skip')}
        </a>
        <header class="header">
          <div class="width-container header__inner">
            <a href="/" class="header__brand">
              Casebook
            </a>
            <span class="header__service">{t('layout.service')}</span>
            <ul class="header__languages" aria-label={t('layout.languages')}>
              {others.map((other) => (
                <li>
                  {/* The same page in the other language: a query alone keeps the path. */}
                  <a href={`?lang=${other}`} lang={other} hreflang={other} class="header__link">
                    {LANGUAGE_NAMES[other]}
                  </a>
                </li>
              ))}
            </ul>
            {identity ? (
              <div class="header__who">
                <span>
                  {t('layout.youAre')} <strong>{identity.key === 'visitor' ? t('who.visitorName') : identity.name}</strong>
                </span>{' '}
                <a href="/login" class="header__link">
                  {t('layout.changeWho')}
                </a>{' '}
                <form method="post" action="/logout" class="header__form">
                  <button type="submit" class="header__button">
                    {t('layout.signOut')}
                  </button>
                </form>
              </div>
            ) : null}
          </div>
          {links.length ? (
            <nav class="nav" aria-label={t('layout.nav')}>
              <ul class="width-container nav__list">
                {links.map((link) => (
                  <li>
                    <a href={link.href} class="nav__link" aria-current={link.section === section ? 'page' : undefined}>
                      {t(link.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <div class="width-container">
          <p class="phase-banner">
            <strong class="tag">{t('layout.demo')}</strong> {t('layout.demoText')}
          </p>
          <main id="main-content" class="main" tabindex={-1}>
            {children}
          </main>
        </div>
        <footer class="footer">
          <div class="width-container">
            <p>
              {t('layout.footer')} <a href="/api/coproduce/openapi.json">{t('layout.footerLink')}</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
