import { html, nothing, type TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { Report } from '../shared/types.js'
import type { PrinciplesReportMessages } from './principles-report.messages.js'
import { RUNGS } from './report-keys.js'

/**
 * The ladder as a picture made of a list: highest rung at the top, each rung a step, the claimed and assessed
 * rungs marked in words (not by colour or position alone). Then one plain sentence; when what is done is
 * below what it is called, the sentence names tokenism, kindly and clearly.
 */
export function ladder(ladder: Report['ladder'], t: Translate<PrinciplesReportMessages>, level: number): TemplateResult {
  const { claimed, assessed } = ladder
  const gap = claimed ? RUNGS.indexOf(assessed) - RUNGS.indexOf(claimed) : 0
  const names = { claimed: claimed ? t(claimed) : '', assessed: t(assessed) }
  const sentence = t(!claimed ? 'noClaim' : gap < 0 ? 'tokenism' : gap > 0 ? 'above' : 'matches', names)
  return html`<section part="ladder" aria-labelledby="ladder-h">
    <div id="ladder-h" class="h" role="heading" aria-level=${level}>${t('ladderHeading')}</div>
    <p class="hint">${t('ladderIntro')}</p>
    <ol class="ladder" reversed>
      ${[...RUNGS].reverse().map(
        (rung) => html`<li
          class="rung"
          part="rung"
          data-rung=${rung}
          ?data-claimed=${rung === claimed}
          ?data-assessed=${rung === assessed}
        >
          <span class="rung-name">${t(rung)}</span>
          ${rung === claimed ? html`<span class="mark claimed" part="claimed">${t('claimedMark')}</span>` : nothing}
          ${rung === assessed ? html`<span class="mark assessed" part="assessed">${t('assessedMark')}</span>` : nothing}
        </li>`,
      )}
    </ol>
    <p class=${gap < 0 ? 'status verdict tokenism' : 'status verdict'} part="verdict">${sentence}</p>
    ${
      ladder.reasons.length
        ? html`<p class="label">${t('reasons')}</p>
          <ul class="reasons">
            ${ladder.reasons.map((reason) => html`<li dir="auto">${reason}</li>`)}
          </ul>`
        : nothing
    }
  </section>`
}
