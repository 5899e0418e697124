import type { CSSProperties } from 'react'

import type { Localized } from '../../i18n/localized'
import type { RankedRow } from '../../campaigns/queries'

import { describeScoreBar, SCORE_COMPONENT_COLOURS, scoreBarSegments } from '../../campaigns/scoreBar'
import { SCORE_COMPONENT_LABELS, SCORE_COMPONENTS } from '../../scoring'

const TEXT = {
  estimated: { zh: '斜纹：缺数据，为估算值（同平台中位数或默认值）', en: 'Striped: no data, estimated (platform median or a default)' },
  legend: { zh: '分数构成', en: 'Score parts' },
} satisfies Record<string, Localized>

/** A segment's colour reaches its CSS through a custom property (stripes for estimates need it twice). */
const colourOf = (colour: string) => ({ '--segment-colour': colour }) as CSSProperties

/**
 * One ranked account's score as a stacked bar: a segment per component, as wide as the points it
 * adds to the 0–100 score; estimated components are striped. Read out as one sentence.
 */
export const ScoreBar = ({ row, lang }: { row: Pick<RankedRow, 'score' | 'breakdown' | 'damping'>; lang: keyof Localized }) => {
  const segments = scoreBarSegments(row.breakdown, row.damping)
  const description = describeScoreBar(row.score, segments)[lang]
  return (
    <div className="score-bar" role="img" aria-label={description} title={description}>
      {segments.map((segment) => (
        <span
          key={segment.component}
          className={['score-bar__segment', segment.estimated && 'score-bar__segment--estimated'].filter(Boolean).join(' ')}
          data-component={segment.component}
          style={{ ...colourOf(segment.colour), width: `${segment.width}%` }}
        />
      ))}
    </div>
  )
}

/** The key to the bars' colours, once above the list. */
export const ScoreBarLegend = ({ lang }: { lang: keyof Localized }) => (
  <div className="score-bar-legend">
    <span className="score-bar-legend__title">{TEXT.legend[lang]}</span>
    <ul>
      {SCORE_COMPONENTS.map((component) => (
        <li key={component}>
          <span className="score-bar-legend__swatch" style={colourOf(SCORE_COMPONENT_COLOURS[component])} aria-hidden="true" />
          {SCORE_COMPONENT_LABELS[component][lang]}
        </li>
      ))}
      <li>
        <span className="score-bar-legend__swatch score-bar__segment--estimated" style={colourOf('#595959')} aria-hidden="true" />
        {TEXT.estimated[lang]}
      </li>
    </ul>
  </div>
)
