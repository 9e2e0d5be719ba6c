import { html, svg, type TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { Report } from '../shared/types.js'
import type { PrinciplesReportMessages } from './principles-report.messages.js'
import { PRINCIPLES } from './report-keys.js'

/** Break a label into lines of about `width` characters, so it fits a 320px screen without shrinking the text. */
export function wrap(text: string, width = 26): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

const clamp = (score: number) => (Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0)

/** Lengths in em, so the chart grows with the text (200% text stays readable) and positions never need inline style. */
const LINE = 1.3
const BAR = 1.1
const GAP = 0.9
const TRACK = 84 // % of the width; the number sits in the rest.

/**
 * The five principle scores as an SVG bar chart (`role="img"`, named by the heading and description) with a real
 * table after it carrying the same numbers for screen readers. Bars grow from the start side, so right to left
 * mirrors. Every size is an SVG attribute: nothing needs a style attribute, so a strict CSP is fine.
 */
export function scoreChart(
  principles: Report['principles'],
  t: Translate<PrinciplesReportMessages>,
  level: number,
  dir: 'ltr' | 'rtl',
  /** How many characters fit on a label line; the element measures it, so labels wrap at any width or text size. */
  chars = 26,
): TemplateResult {
  const rtl = dir === 'rtl'
  let y = 0
  const rows = PRINCIPLES.map((principle) => {
    const entry = principles[principle] ?? { score: 0, pass: 0, fail: 0, incomplete: 0 }
    const score = clamp(entry.score)
    const lines = wrap(t(principle), chars)
    const top = y
    const barTop = top + lines.length * LINE + 0.3
    y = barTop + BAR + GAP
    const start = rtl ? `${100 - TRACK}%` : '0'
    const fillStart = rtl ? `${100 - (TRACK * score) / 100}%` : '0'
    return svg`<g class="bar" data-principle=${principle}>
      <text class="bar-label" direction=${dir} text-anchor="start" x=${rtl ? '100%' : '0'}>
        ${lines.map((text, i) => svg`<tspan x=${rtl ? '100%' : '0'} y="${top + (i + 1) * LINE - 0.3}em">${text}</tspan>`)}
      </text>
      <rect class="track" x=${start} y="${barTop}em" width="${TRACK}%" height="${BAR}em" rx="2"></rect>
      <rect class="fill" x=${fillStart} y="${barTop}em" width="${(TRACK * score) / 100}%" height="${BAR}em" rx="2"></rect>
      <text class="bar-value" direction=${dir} text-anchor="end" x=${rtl ? '0' : '100%'} y="${barTop + BAR - 0.2}em">${score}</text>
    </g>`
  })
  return html`<section class="chart-section" part="chart" aria-labelledby="chart-h">
    <div id="chart-h" class="h" role="heading" aria-level=${level}>${t('chartHeading')}</div>
    <p id="chart-d" class="hint">${t('chartDesc')}</p>
    <svg class="chart" role="img" aria-labelledby="chart-h chart-d" width="100%" height="${y}em" focusable="false">
      ${rows}
    </svg>
    <div class="visually-hidden">
    <table part="table">
      <caption>${t('chartHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('colPrinciple')}</th>
          <th scope="col">${t('colScore')}</th>
          <th scope="col">${t('pass')}</th>
          <th scope="col">${t('colFail')}</th>
          <th scope="col">${t('incomplete')}</th>
        </tr>
      </thead>
      <tbody>
        ${PRINCIPLES.map((principle) => {
          const entry = principles[principle] ?? { score: 0, pass: 0, fail: 0, incomplete: 0 }
          return html`<tr>
            <th scope="row">${t(principle)}</th>
            <td>${clamp(entry.score)}</td>
            <td>${entry.pass}</td>
            <td>${entry.fail}</td>
            <td>${entry.incomplete}</td>
          </tr>`
        })}
      </tbody>
    </table>
    </div>
  </section>`
}
