import { html, nothing, type TemplateResult } from 'lit'
import type { PublicUpdate } from '../shared/types.js'
import { formatDate, LOCALES, type Lang, type Translate } from '../shared/i18n.js'
import type { UpdatesMessages } from './updates.messages.js'

export interface CardContext {
  t: Translate<UpdatesMessages>
  /** The language the widget speaks. */
  lang: Lang
  index: number
  /** The `aria-level` of the card's heading. */
  level: number
  isNew: boolean
  /** Mark the viewer's own contributions ("You helped with this"); set when the element has a `member`. */
  showYours: boolean
  /** The month names in the reader's words (see `formatDate`). */
  months: string
}

/**
 * Names as a list in the reader's words ("Sam and Ali"). List formatters are slow to make (the first in a page can
 * take 30-200 ms): one per language, shared by every widget on the page, made only when a card has names to list.
 */
const lists: Partial<Record<Lang, Intl.ListFormat>> = {}
const listNames = (lang: Lang, names: string[]) =>
  (lists[lang] ??= new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' })).format(names)

/** What changed along the way: the timeline's notes, oldest first, each with its date and status. */
function notes(u: PublicUpdate, c: CardContext): TemplateResult | typeof nothing {
  const noted = u.timeline.filter((e) => e.note)
  return noted.length
    ? html`<p class="label">${c.t('notes')}</p>
        <ol part="notes" role="list">
          ${noted.map((e) => html`<li>${formatDate(e.at, c.lang, c.months)}, ${c.t(e.status)}: <span dir="auto">${e.note}</span></li>`)}
        </ol>`
    : nothing
}

/**
 * One "You said / We did" card (after Decidim's accountability results). A plain template, not an element:
 * a thousand cards must stay cheap. Every piece of server text goes through a Lit text binding, so it is only
 * ever text. Quotes and credits are exactly what the server returned: it has already applied consent.
 */
export function updateCard(u: PublicUpdate, c: CardContext): TemplateResult {
  const { t } = c
  const id = `u${c.index}`
  const progress = u.status !== 'not-possible' && typeof u.progress === 'number' ? Math.round(u.progress) : undefined
  const count = u.linkedFeedbackCount
  const answers = count === 1 ? t('answersOne') : count > 1 ? t('answers', { count }) : ''
  return html`<li part="item">
    <article part="card" class="card" data-status=${u.status} tabindex="-1" aria-labelledby="${id}-s">
      <p class="tags">
        <span part="status" class="tag">${t(u.status)}</span>
        ${c.isNew ? html`<span part="new" class="tag new">${t('isNew')}</span>` : nothing}
        ${c.showYours && u.yours ? html`<span part="yours" class="tag yours">${t('yours')}</span>` : nothing}
      </p>
      <p class="said" id="${id}-s" role="heading" aria-level=${c.level}>
        <span class="label">${t('youSaid')}</span> <span part="you-said" dir="auto">${u.youSaid}</span>
      </p>
      <p class="label">${t('weDid')}</p>
      <p part="we-did" dir="auto">${u.weDid}</p>
      ${u.status === 'not-possible' ? html`<p part="reason" class="reason">${t('because', { reason: u.reason ?? '' })}</p>` : nothing}
      ${
        progress === undefined
          ? nothing
          : html`<p class="progress">
            <span id="${id}-p">${t('progress')}</span>
            <progress part="progress" max="100" value=${progress} aria-labelledby="${id}-p ${id}-v"></progress>
            <span id="${id}-v">${t('progressValue', { value: progress })}</span>
          </p>`
      }
      ${notes(u, c)}
      ${
        u.quotes.length
          ? html`<p class="label">${t('quotes')}</p>
            <ul class="quotes" role="list">
              ${u.quotes.map((q) => {
                const mine = c.showYours && q.yours === true
                const caption = [q.by, mine ? t('yourWords') : ''].filter(Boolean).join(' · ')
                return html`<li>
                  <figure part="quote" class=${mine ? 'quote mine' : 'quote'}>
                    <blockquote dir="auto">${q.text}</blockquote>
                    ${caption ? html`<figcaption>${caption}</figcaption>` : nothing}
                  </figure>
                </li>`
              })}
            </ul>`
          : nothing
      }
      ${
        u.credits.length
          ? html`<p part="credits">
            <span class="label">${t('thanks')}:</span> ${listNames(
              c.lang,
              u.credits.map((credit) => credit.displayName),
            )}
          </p>`
          : nothing
      }
      <p class="meta hint">${answers} ${t('published', { date: formatDate(u.publishedAt, c.lang, c.months) })}</p>
    </article>
  </li>`
}
