import type { Initiative } from '@coproduce/core'
import type { Child } from 'hono/jsx'
import type { DemoIdentity } from '../demo/identities.js'
import type { FieldErrors } from '../forms/form-errors.js'
import { ErrorSummary } from './error-summary.js'
import { Layout } from './layout.js'

export type InitiativeTab = 'overview' | 'members' | 'sessions' | 'payments' | 'feedback' | 'updates' | 'principles' | 'decisions'

const TABS: { tab: InitiativeTab; label: string; path: string }[] = [
  { tab: 'overview', label: 'Overview', path: '' },
  { tab: 'members', label: 'Members', path: '/members' },
  { tab: 'sessions', label: 'Sessions', path: '/sessions' },
  { tab: 'payments', label: 'Payments', path: '/payments' },
  { tab: 'feedback', label: 'Feedback inbox', path: '/feedback' },
  { tab: 'updates', label: 'You said, we did', path: '/updates' },
  { tab: 'decisions', label: 'Decisions', path: '/decisions' },
  { tab: 'principles', label: 'Principles report', path: '/principles' },
]

export const tabLabel = (tab: InitiativeTab): string => TABS.find((t) => t.tab === tab)!.label

/** A page of the initiative: its title, the section links (as tabs), and the section's content. */
export function InitiativePage(props: {
  initiative: Initiative
  tab: InitiativeTab
  identity: DemoIdentity | undefined
  errors?: FieldErrors | undefined
  widgets?: boolean
  /** A message after a change worked. */
  notice?: string | undefined
  children?: Child
}) {
  const base = `/initiatives/${encodeURIComponent(props.initiative.id)}`
  const label = tabLabel(props.tab)
  return (
    <Layout
      title={props.tab === 'overview' ? props.initiative.title : `${label}: ${props.initiative.title}`}
      identity={props.identity}
      section="commission"
      hasErrors={!!props.errors && Object.keys(props.errors).length > 0}
      widgets={props.widgets}
    >
      <ErrorSummary errors={props.errors} />
      {props.notice ? (
        // Focused when the page loads and announced, so a screen reader user hears that the save worked.
        <div class="notice" role="alert" tabindex={-1} autofocus>
          <p class="notice__text">{props.notice}</p>
        </div>
      ) : null}
      <span class="caption">Co-production</span>
      <h1 class="heading-xl">{props.initiative.title}</h1>
      <nav class="tabs" aria-label="Parts of this initiative">
        <ul class="tabs__list">
          {TABS.map((t) => (
            <li class="tabs__item">
              <a class="tabs__link" href={`${base}${t.path}`} aria-current={t.tab === props.tab ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section class="tabs__panel" aria-labelledby="section-title">
        <h2 class="heading-l" id="section-title">
          {label}
        </h2>
        {props.children}
      </section>
    </Layout>
  )
}
