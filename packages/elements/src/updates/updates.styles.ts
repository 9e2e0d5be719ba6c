import { css } from 'lit'

/**
 * Cards for "You said, we did". Status is said in words and drawn with a border style, never by colour alone.
 * Themes: `--cp-color-done`, `--cp-color-in-progress`, `--cp-color-planned`, `--cp-color-not-possible`,
 * `--cp-color-new`, `--cp-color-yours`, `--cp-color-track`, `--cp-card-background`, `--cp-card-gap`.
 * Rules are one a line to keep the widget small.
 */
export const updatesStyles = css`
  .heading { font-size: 1.375em; line-height: 1.25; font-weight: 700; margin-block-end: var(--cp-space, 1rem) }
  .tag, .fresh { display: inline-block; padding-inline: 0.5rem; border: 1px solid; border-radius: var(--cp-radius, 0.25rem); font-size: 0.875em; font-weight: 700 }
  .fresh { margin-inline-start: 0.5rem; vertical-align: middle; border-width: 2px }
  .fresh, .new { color: var(--cp-color-new, #1d5d90) }
  .yours, .mine figcaption { color: var(--cp-color-yours, #6f3b88) }
  .cards, .quotes { list-style: none; padding: 0 }
  .cards { display: flex; flex-direction: column; gap: var(--cp-card-gap, 1rem) }
  .card { padding: var(--cp-space, 1rem); background: var(--cp-card-background, #fff); border: 1px solid var(--cp-color-border, #b1b4b6); border-inline-start: 0.4rem solid var(--cp-color-planned, #505a5f); border-radius: var(--cp-radius, 0.25rem) }
  [data-status='in-progress'] { border-inline-start: 0.5rem double var(--cp-color-in-progress, #1d5d90) }
  [data-status='done'] { border-inline-start-color: var(--cp-color-done, #00703c) }
  [data-status='not-possible'] { border-inline-start: 0.4rem dashed var(--cp-color-not-possible, #942514) }
  .meta, .more p, .state p:last-child { margin-block-end: 0 }
  .tags, .progress, .more { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem }
  .label { font-weight: 700; margin-block-end: 0.25rem }
  .said { font-size: 1.125em }
  .said .label { display: block; font-size: 0.875rem }
  .reason, .quote { padding-inline-start: 0.75rem; border-inline-start: 0.25rem solid var(--cp-color-not-possible, #942514) }
  .quote { margin: 0 0 0.75rem; border-inline-start-color: var(--cp-color-border, #b1b4b6) }
  .mine { border-inline-start-color: var(--cp-color-yours, #6f3b88) }
  .quotes, blockquote { margin: 0 }
  blockquote { font-style: italic }
  figcaption, .meta { font-size: 0.875em }
  progress { --track: var(--cp-color-track, #f3f2f1); --fill: var(--cp-color-done, #00703c); flex: 1 1 8rem; min-inline-size: 6rem; block-size: 1rem; appearance: none; border: 1px solid var(--cp-color-border, #6f777b); border-radius: 0.5rem; overflow: hidden; background: var(--track) }
  progress::-webkit-progress-bar { background: var(--track) }
  progress::-webkit-progress-value { background: var(--fill) }
  progress::-moz-progress-bar { background: var(--fill) }
  .state button { margin-block-start: 0.75rem }
  /* Forced colours: the browser draws every border in the person's colours by itself. The bar opts out (its fill
     would be lost), so it names its own system colours. */
  @media (forced-colors: active) {
    progress { forced-color-adjust: none; --track: Canvas; --fill: Highlight; border-color: CanvasText }
  }
`
