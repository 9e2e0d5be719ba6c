import { css } from 'lit'

/**
 * The report: a ladder drawn with borders (rails and rungs), a bar chart drawn in SVG, and findings in
 * `<details>`. Meaning is always in words; colour and shape only repeat it.
 * Themes: `--cp-color-rail`, `--cp-color-claimed`, `--cp-color-assessed`, `--cp-color-bar`, `--cp-color-track`,
 * `--cp-color-error`, `--cp-color-warning`, `--cp-color-pass`. Rules are one a line to keep the widget small.
 */
export const principlesReportStyles = css`
  .h { font-weight: 700; line-height: 1.25; margin-block: calc(var(--cp-space, 1rem) * 1.5) 0.5rem; font-size: 1.125em }
  .title { font-size: 1.375em; margin-block-start: 0 }
  .stage-h { font-size: 1em }
  .count { font-weight: 400 }
  .label, dt { font-weight: 700; margin-block-end: 0.25rem }
  .ladder { list-style: none; padding: 0.25rem 0.75rem; max-inline-size: 24rem; border-inline: 0.35rem solid var(--cp-color-rail, #6f777b) }
  .rung { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; min-block-size: 2.5rem; padding-block: 0.25rem; border-block-end: 0.3rem solid var(--cp-color-rail, #6f777b) }
  .rung:last-child { border: 0 }
  [data-assessed], [data-claimed] { font-weight: 700 }
  .mark, .verdict-tag { display: inline-block; padding-inline: 0.5rem; border: 1px solid; border-radius: var(--cp-radius, 0.25rem); font-size: 0.875em; font-weight: 700 }
  .mark { border: 2px solid; border-radius: 1rem }
  .claimed { color: var(--cp-color-claimed, #6f3b88); border-style: dashed }
  .assessed { color: var(--cp-color-assessed, #00703c) }
  .reasons { padding-inline-start: 1.25rem }
  .chart { max-inline-size: 32rem; margin-block-end: var(--cp-space, 1rem) }
  .bar { display: grid; grid-template-columns: 1fr 2.5em; align-items: center; column-gap: 0.5rem; margin-block-end: 0.5rem }
  .bar-label { grid-column: 1 / -1 }
  .bar-value { font-weight: 700; text-align: end }
  .bar svg { overflow: visible }
  .track { fill: var(--cp-color-track, #f3f2f1); stroke: var(--cp-color-border, #b1b4b6) }
  .fill { fill: var(--cp-color-bar, #1d5d90) }
  .finding-list { list-style: none; margin: 0; padding: 0 }
  .finding { border: 1px solid var(--cp-color-border, #b1b4b6); border-inline-start-width: 0.4rem; border-radius: var(--cp-radius, 0.25rem); margin-block-end: 0.5rem }
  .verdict, [data-kind='pass'] { border-inline-start-color: var(--cp-color-pass, #00703c) }
  .tokenism, [data-kind='fail-error'] { border-inline-start-color: var(--cp-color-error, #b3261e) }
  [data-kind='fail-warning'] { border-inline-start: 0.4rem dashed var(--cp-color-warning, #8a4b00) }
  summary { display: list-item; min-block-size: 2.75rem; padding: 0.5rem 0.75rem; cursor: pointer }
  .verdict-tag { margin-inline-end: 0.5rem }
  dl { margin: 0; padding: 0 0.75rem 0.75rem }
  dd { margin: 0 0 0.5rem }
  .state p:last-child { margin-block-end: 0 }
  .state button { margin-block-start: 0.75rem }
  @media (forced-colors: active) {
    .verdict-tag { border-color: CanvasText }
    .track { fill: Canvas; stroke: CanvasText }
    .fill { fill: CanvasText }
  }
`
