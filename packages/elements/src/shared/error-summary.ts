import { html, nothing, type TemplateResult } from 'lit'
import { cssText } from './adopt-css.js'

/** One problem to show: `id` is the id of the field (inside the widget's shadow root) that needs fixing. */
export interface ErrorItem {
  id: string
  message: string
}

/**
 * A GOV.UK-style error summary: a heading, then one link per problem that moves focus to the field. Give the
 * summary focus when it appears (`focusErrorSummary`), so screen readers read it out.
 */
export function errorSummary(title: string, items: readonly ErrorItem[], root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing
  const go = (event: Event, id: string) => {
    event.preventDefault()
    const field = root?.getElementById(id)
    if (field instanceof HTMLElement) {
      field.focus()
      field.scrollIntoView?.({ block: 'center' })
    }
  }
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="cp-error-summary-title">
    <h2 id="cp-error-summary-title">${title}</h2>
    <ul>
      ${items.map((item) => html`<li><a href="#${item.id}" @click=${(e: Event) => go(e, item.id)}>${item.message}</a></li>`)}
    </ul>
  </div>`
}

/** Move focus to the error summary after it has rendered. */
export async function focusErrorSummary(element: { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot | null }) {
  await element.updateComplete
  const summary = element.shadowRoot?.querySelector<HTMLElement>('.error-summary')
  summary?.focus()
}

/** The inline message above a field. Point the field's `aria-describedby` at `errorId(id)`. */
export function inlineError(id: string, message: string | undefined, prefix: string): TemplateResult | typeof nothing {
  if (!message) return nothing
  return html`<p class="error-message" id=${errorId(id)} part="error-message">
    <span class="visually-hidden">${prefix}</span> ${message}
  </p>`
}

export const errorId = (id: string) => `${id}-error`

/**
 * The summary's and the inline messages' CSS, as text: the part of `<cp-feedback>` that shows errors (loaded on
 * demand) adds it to the widget when it loads (`adopt-css.ts`). A widget that shows errors from the start would
 * put `unsafeCSS(errorCss)` in its styles.
 */
export const errorCss = cssText`
  .error-summary {
    border: 0.3rem solid var(--cp-color-error, #b3261e);
    padding: var(--cp-space, 1rem);
    margin-block-end: calc(var(--cp-space, 1rem) * 1.5);
  }
  .error-summary h2 {
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--cp-color-error, #b3261e);
    font-weight: 700;
    display: inline-block;
    min-block-size: 1.5rem;
  }
  .error-message {
    display: block;
    color: var(--cp-color-error, #b3261e);
    font-weight: 700;
    margin-block: 0 0.5rem;
  }
  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
    .error-summary a {
      color: LinkText;
    }
  }
`
