import type { ImpactSummary } from '@coproduce/core'
import { useWords } from '../i18n/translate.js'
import { formatMonth, formatShortMonth } from '../views/format.js'

export const answeredShare = (answered: number, feedback: number): number => (feedback === 0 ? 0 : Math.round((answered / feedback) * 100))

/**
 * A bar chart of the share of feedback that got a "you said, we did" answer, month by month. The SVG has a title
 * and a description for screen readers; the table below it holds the same numbers.
 */
export function ImpactChart({ months }: { months: ImpactSummary['byMonth'] }) {
  const width = 640
  const height = 280
  const left = 48
  const bottom = 40
  const top = 16
  const plotHeight = height - top - bottom
  const plotWidth = width - left - 16
  const slot = months.length ? plotWidth / months.length : plotWidth
  const barWidth = Math.min(56, slot * 0.6)
  const y = (percent: number) => top + plotHeight - (percent / 100) * plotHeight
  const { language, t } = useWords()
  const description = months
    .map((m) =>
      t('chart.month', { month: formatMonth(m.month, language), share: answeredShare(m.answered, m.feedback), feedback: m.feedback }),
    )
    .join('. ')
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="impact-chart-title impact-chart-desc"
      focusable="false"
    >
      <title id="impact-chart-title">{t('chart.title')}</title>
      <desc id="impact-chart-desc">{description || t('chart.none')}</desc>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g class="chart__grid">
          <line x1={left} x2={width - 16} y1={y(tick)} y2={y(tick)} />
          <text x={left - 8} y={y(tick) + 4} text-anchor="end" class="chart__label">
            {`${tick}%`}
          </text>
        </g>
      ))}
      {months.map((m, index) => {
        const share = answeredShare(m.answered, m.feedback)
        const x = left + index * slot + (slot - barWidth) / 2
        return (
          <g class="chart__bar">
            <rect x={x} y={y(share)} width={barWidth} height={Math.max(0, top + plotHeight - y(share))} />
            <text x={x + barWidth / 2} y={y(share) - 6} text-anchor="middle" class="chart__value">
              {`${share}%`}
            </text>
            <text x={x + barWidth / 2} y={height - bottom + 20} text-anchor="middle" class="chart__label">
              {formatShortMonth(m.month, language)}
            </text>
          </g>
        )
      })}
      <line class="chart__axis" x1={left} x2={width - 16} y1={top + plotHeight} y2={top + plotHeight} />
    </svg>
  )
}
