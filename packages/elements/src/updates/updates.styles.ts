import { css } from 'lit'

/**
 * Cards for "You said, we did". Status is said in words and drawn with a border style, never by colour alone.
 * Themes: `--cp-color-done`, `--cp-color-in-progress`, `--cp-color-planned`, `--cp-color-not-possible`,
 * `--cp-color-new`, `--cp-color-yours`, `--cp-card-background`, `--cp-card-gap`.
 */
export const updatesStyles = css`
  .heading {
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
    margin-block-end: var(--cp-space, 1rem);
  }
  .fresh {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding-inline: 0.5rem;
    font-size: 0.75em;
    font-weight: 700;
    vertical-align: middle;
    border: 2px solid currentColor;
    border-radius: 1rem;
    color: var(--cp-color-new, #1d5d90);
  }
  .filter .choice {
    min-block-size: 2.75rem;
  }
  .cards,
  .quotes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cards {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--cp-card-gap, 1rem);
    margin-block-end: var(--cp-space, 1rem);
  }
  .card {
    padding: var(--cp-space, 1rem);
    background: var(--cp-card-background, #ffffff);
    border: 1px solid var(--cp-color-border, #b1b4b6);
    border-inline-start: 0.4rem solid var(--cp-color-planned, #505a5f);
    border-radius: var(--cp-radius, 0.25rem);
  }
  .card[data-status='in-progress'] {
    border-inline-start-color: var(--cp-color-in-progress, #1d5d90);
    border-inline-start-style: double;
    border-inline-start-width: 0.5rem;
  }
  .card[data-status='done'] {
    border-inline-start-color: var(--cp-color-done, #00703c);
  }
  .card[data-status='not-possible'] {
    border-inline-start-color: var(--cp-color-not-possible, #942514);
    border-inline-start-style: dashed;
  }
  .card > p:last-child {
    margin-block-end: 0;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .tag {
    display: inline-block;
    padding-inline: 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--cp-radius, 0.25rem);
    font-size: 0.875em;
    font-weight: 700;
  }
  .new {
    color: var(--cp-color-new, #1d5d90);
  }
  .yours {
    color: var(--cp-color-yours, #6f3b88);
  }
  .label {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .said {
    font-size: 1.125em;
  }
  .said .label {
    display: block;
    font-size: 0.875rem;
  }
  .reason {
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--cp-color-not-possible, #942514);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  progress {
    flex: 1 1 8rem;
    min-inline-size: 6rem;
    block-size: 1rem;
    appearance: none;
    border: 1px solid var(--cp-color-border, #6f777b);
    border-radius: 0.5rem;
    overflow: hidden;
    background: var(--cp-color-track, #f3f2f1);
    color: var(--cp-color-done, #00703c);
  }
  progress::-webkit-progress-bar {
    background: var(--cp-color-track, #f3f2f1);
  }
  progress::-webkit-progress-value {
    background: var(--cp-color-done, #00703c);
  }
  progress::-moz-progress-bar {
    background: var(--cp-color-done, #00703c);
  }
  .quote {
    margin: 0 0 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--cp-color-border, #b1b4b6);
  }
  .quote.mine {
    border-inline-start-color: var(--cp-color-yours, #6f3b88);
  }
  blockquote {
    margin: 0;
    font-style: italic;
  }
  figcaption {
    font-size: 0.875em;
  }
  .meta {
    font-size: 0.875em;
    color: var(--cp-color-hint, #484949);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .more p {
    margin: 0;
  }
  .state p:last-child {
    margin-block-end: 0;
  }
  .state button {
    margin-block-start: 0.75rem;
  }
  @media (forced-colors: active) {
    .card,
    .tag,
    .fresh,
    .quote,
    .reason {
      border-color: CanvasText;
    }
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }
`
