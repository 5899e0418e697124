import type { Localized } from '../../i18n/localized'
import type { RankedRow } from '../../campaigns/queries'

import { describeFitInput } from '../../campaigns/fitInputs'
import { percent } from '../../scoring/format'
import { SCORE_COMPONENT_LABELS } from '../../scoring/labels'
import '../CampaignShared/styles.scss'

const TEXT = {
  caption: { zh: '匹配分明细', en: 'Score breakdown' },
  score: { zh: '匹配分', en: 'Fit score' },
  confidence: { zh: '数据完整度', en: 'Confidence' },
  confidenceHelp: { zh: '由真实数据（而非估算）支撑的权重占比', en: 'share of the weight backed by real data rather than estimates' },
  damping: { zh: '头部抑制系数', en: 'Size damping' },
  component: { zh: '维度', en: 'Component' },
  inputs: { zh: '依据', en: 'Inputs' },
  value: { zh: '得分（0–1）', en: 'Value (0–1)' },
  weight: { zh: '权重', en: 'Weight' },
  contribution: { zh: '贡献（分）', en: 'Points' },
  note: { zh: '说明', en: 'Note' },
  estimated: { zh: '估算', en: 'Estimated' },
  notApplicable: { zh: '本活动不计此项', en: 'Does not count for this campaign' },
} satisfies Record<string, Localized>

/** A score with its breakdown: a ranked account's, or the one a collaboration snapshotted at shortlisting. */
export type ExplainedScore = Pick<RankedRow, 'score' | 'confidence' | 'damping' | 'breakdown'>

type Props = {
  row: ExplainedScore
  /** Whose score it is, for the table's caption. */
  name: string
  id?: string
  lang: keyof Localized
}

/**
 * Everything behind one score (SPEC §6): per component its inputs, value, weight, points and note.
 * Shown in the campaign's ranking and on each collaboration (src/admin/FitSnapshot).
 */
export const Breakdown = ({ row, name, id, lang }: Props) => (
  <div className="fit-breakdown" id={id}>
    <p className="fit-breakdown__summary">
      {TEXT.score[lang]} <strong>{row.score}</strong> / 100 · {TEXT.confidence[lang]} <strong>{percent(row.confidence)}</strong>
      <span className="fit-breakdown__help">（{TEXT.confidenceHelp[lang]}）</span>
      {row.damping < 1 ? (
        <>
          {' '}
          · {TEXT.damping[lang]} {row.damping}
        </>
      ) : null}
    </p>
    <table className="fit-breakdown__table">
      <caption className="campaign-sr-only">
        {TEXT.caption[lang]} · {name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{TEXT.component[lang]}</th>
          <th scope="col">{TEXT.inputs[lang]}</th>
          <th scope="col">{TEXT.value[lang]}</th>
          <th scope="col">{TEXT.weight[lang]}</th>
          <th scope="col">{TEXT.contribution[lang]}</th>
          <th scope="col">{TEXT.note[lang]}</th>
        </tr>
      </thead>
      <tbody>
        {row.breakdown.map((part) => (
          <tr key={part.component} className={part.applicable ? undefined : 'fit-breakdown__inapplicable'} data-component={part.component}>
            <th scope="row">
              {SCORE_COMPONENT_LABELS[part.component][lang]}
              {part.estimated ? <span className="fit-breakdown__estimated">{TEXT.estimated[lang]}</span> : null}
            </th>
            <td>
              {part.inputs.length > 0 ? (
                <dl className="fit-breakdown__inputs">
                  {part.inputs.map((input) => {
                    const { label, value } = describeFitInput(part.component, input, lang)
                    return (
                      <div key={input.name}>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                      </div>
                    )
                  })}
                </dl>
              ) : (
                '—'
              )}
            </td>
            <td>{part.applicable ? part.value.toFixed(2) : '—'}</td>
            <td>{percent(part.weight)}</td>
            <td>{part.contribution.toFixed(1)}</td>
            <td>{part.note?.[lang] ?? (part.applicable ? '' : TEXT.notApplicable[lang])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
