import { html, nothing, type TemplateResult } from 'lit'
import type { Translate } from '../shared/i18n.js'
import type { Finding } from '../shared/types.js'
import type { PrinciplesReportMessages } from './principles-report.messages.js'
import { findingOrder, STAGES, verdictKey } from './report-keys.js'

/**
 * Findings grouped by stage (foundations, interactions, actions, readiness), errors first within each. Each is
 * a native `<details>`: the summary says what kind of finding it is in words and gives the message; opening it
 * shows what to do, where, which principles and which part of the briefing it comes from. Failed errors start open.
 */
export function findings(list: readonly Finding[], t: Translate<PrinciplesReportMessages>, level: number): TemplateResult {
  return html`<section part="findings" aria-labelledby="findings-h">
    <div id="findings-h" class="h" role="heading" aria-level=${level}>${t('findingsHeading')}</div>
    ${STAGES.map((stage) => {
      const inStage = list.filter((f) => f.stage === stage).sort(findingOrder)
      return html`<section part="stage" aria-labelledby="stage-${stage}">
        <div id="stage-${stage}" class="h stage-h" role="heading" aria-level=${level + 1}>
          ${t(stage)} <span class="count">(${inStage.length === 1 ? t('stageCountOne') : t('stageCount', { count: inStage.length })})</span>
        </div>
        ${
          inStage.length
            ? html`<ul class="finding-list" role="list">
              ${inStage.map((f) => finding(f, t))}
            </ul>`
            : html`<p class="hint">${t('noFindings')}</p>`
        }
      </section>`
    })}
  </section>`
}

function finding(f: Finding, t: Translate<PrinciplesReportMessages>): TemplateResult {
  const kind = verdictKey(f.outcome, f.severity)
  return html`<li>
    <details part="finding" class="finding" data-kind=${kind} ?open=${kind === 'fail-error'}>
      <summary>
        <span class="verdict-tag" part="verdict-tag">${t(kind)}</span>
        <span class="message" dir="auto">${f.message}</span>
      </summary>
      <dl class="finding-body">
        <dt>${t('whatToDo')}</dt>
        <dd part="guidance" dir="auto">${f.guidance}</dd>
        ${
          f.principles.length
            ? html`<dt>${t('principlesLabel')}</dt>
              <dd>${f.principles.map((p) => t(p)).join(', ')}</dd>`
            : nothing
        }
        ${f.path ? html`<dt>${t('where')}</dt><dd><code dir="ltr">${f.path}</code></dd>` : nothing}
        ${f.source ? html`<dt>${t('from')}</dt><dd dir="auto">${f.source}</dd>` : nothing}
      </dl>
    </details>
  </li>`
}
