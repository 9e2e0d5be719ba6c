import { html, type TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { Report } from '../shared/types.js'
import type { PrinciplesReportMessages } from './principles-report.messages.js'
import { PRINCIPLES } from './report-keys.js'

const clamp = (score: number) => (isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0)

/**
 * The five principle scores as a bar chart (`role="img"`, named by its heading and description) with a real table
 * after it carrying the same numbers for screen readers. Each bar is drawn in SVG; its label is text above it, so
 * it wraps at 320px and with text at 200% by itself. Bars grow from the start side, so right to left mirrors.
 * Every size is an SVG attribute: nothing needs a style attribute, so a strict CSP is fine.
 */
export function scoreChart(
  principles: Report['principles'],
  t: Translate<PrinciplesReportMessages>,
  level: number,
  dir: 'ltr' | 'rtl',
): TemplateResult {
  const entries = PRINCIPLES.map((principle) => ({
    principle,
    ...(principles[principle] ?? { score: 0, pass: 0, fail: 0, incomplete: 0 }),
  }))
  return html`<section part="chart" aria-labelledby="chart-h">
    <div id="chart-h" class="h" role="heading" aria-level=${level}>${t('chartHeading')}</div>
    <p id="chart-d" class="hint">${t('chartDesc')}</p>
    <div class="chart" role="img" aria-labelledby="chart-h chart-d">
      ${entries.map(({ principle, score }) => {
        const value = clamp(score)
        return html`<div class="bar">
          <span class="bar-label">${t(principle)}</span>
          <svg width="100%" height="1.1em" aria-hidden="true">
            <rect class="track" width="100%" height="100%" rx="2"></rect>
            <rect class="fill" x="${dir === 'rtl' ? 100 - value : 0}%" width="${value}%" height="100%" rx="2"></rect>
          </svg>
          <span class="bar-value">${value}</span>
        </div>`
      })}
    </div>
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
        ${entries.map(
          (entry) => html`<tr>
            <th scope="row">${t(entry.principle)}</th>
            <td>${clamp(entry.score)}</td>
            <td>${entry.pass}</td>
            <td>${entry.fail}</td>
            <td>${entry.incomplete}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    </div>
  </section>`
}
