import type { Child } from 'hono/jsx'
import type { DemoIdentity } from '../demo/identities.js'

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

const staffLinks = [
  { href: '/caseload', label: 'Caseload', section: 'caseload' },
  { href: '/initiatives/leeds-truth-commission', label: 'Truth Commission', section: 'commission' },
  { href: '/impact', label: 'Impact', section: 'impact' },
] as const
const memberLinks = [
  { href: '/take-part', label: 'Take part', section: 'take-part' },
  { href: '/impact', label: 'Impact', section: 'impact' },
] as const

export function Layout({ title, identity, section, hasErrors, widgets, children }: LayoutProps) {
  const links = identity ? (identity.actor?.roles.includes('staff') ? staffLinks : memberLinks) : []
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? 'Error: ' : ''}${title} – Casebook`}</title>
        <link rel="stylesheet" href="/static/casebook.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {widgets ? <script type="module" src="/static/elements/index.js"></script> : null}
      </head>
      <body>
        <a href="#main-content" class="skip-link">
          Skip to main content
        </a>
        <header class="header">
          <div class="width-container header__inner">
            <a href="/" class="header__brand">
              Casebook
            </a>
            <span class="header__service">Advice and support, Leeds</span>
            {identity ? (
              <div class="header__who">
                <span>
                  You are <strong>{identity.name}</strong>
                </span>{' '}
                <a href="/login" class="header__link">
                  Change who you are
                </a>{' '}
                <form method="post" action="/logout" class="header__form">
                  <button type="submit" class="header__button">
                    Sign out
                  </button>
                </form>
              </div>
            ) : null}
          </div>
          {links.length ? (
            <nav class="nav" aria-label="Main">
              <ul class="width-container nav__list">
                {links.map((link) => (
                  <li>
                    <a href={link.href} class="nav__link" aria-current={link.section === section ? 'page' : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <div class="width-container">
          <p class="phase-banner">
            <strong class="tag">Demo</strong> This is a demo of Coproduce. The people and cases are made up.
          </p>
          <main id="main-content" class="main" tabindex={-1}>
            {children}
          </main>
        </div>
        <footer class="footer">
          <div class="width-container">
            <p>
              Casebook shows how a case-management system can build in co-production with{' '}
              <a href="/api/coproduce/openapi.json">the Coproduce API</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
