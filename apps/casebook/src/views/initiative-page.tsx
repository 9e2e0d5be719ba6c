import type { Initiative } from '@coproduce/core'
import type { Child } from 'hono/jsx'
import type { DemoIdentity } from '../demo/identities.js'
import type { FieldErrors } from '../forms/form-errors.js'
import type { MessageKey } from '../i18n/messages.en.js'
import { useWords } from '../i18n/translate.js'
import { ErrorSummary } from './error-summary.js'
import { Layout } from './layout.js'

export type InitiativeTab = 'overview' | 'members' | 'sessions' | 'payments' | 'feedback' | 'updates' | 'principles' | 'decisions'

const TABS: { tab: InitiativeTab; path: string }[] = [
  { tab: 'overview', path: '' },
  { tab: 'members', path: '/members' },
  { tab: 'sessions', path: '/sessions' },
  { tab: 'payments', path: '/payments' },
  { tab: 'feedback', path: '/feedback' },
  { tab: 'updates', path: '/updates' },
  { tab: 'decisions', path: '/decisions' },
  { tab: 'principles', path: '/principles' },
]

/** The tab's name, as a message key: `tab.members`, … */
export const tabLabel = (tab: InitiativeTab): MessageKey => `tab.${tab}`

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
  const { t } = useWords()
  const label = t(tabLabel(props.tab))
  return (
    <Layout
      title={
        props.tab === 'overview' ? props.initiative.title : t('initiative.pageTitle', { section: label, title: props.initiative.title })
      }
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
      <span class="caption">{t('initiative.caption')}</span>
      <h1 class="heading-xl">{props.initiative.title}</h1>
      <nav class="tabs" aria-label={t('initiative.parts')}>
        <ul class="tabs__list">
          {TABS.map((each) => (
            <li class="tabs__item">
              <a class="tabs__link" href={`${base}${each.path}`} aria-current={each.tab === props.tab ? 'page' : undefined}>
                {t(tabLabel(each.tab))}
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
