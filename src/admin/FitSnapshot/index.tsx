'use client'

import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { Localized } from '../../i18n/localized'
import type { ComponentScore, ExclusionReason } from '../../scoring/types'

import { languageOf } from '../../i18n/localized'
import { SCORE_COMPONENT_LABELS } from '../../scoring/labels'
import './styles.scss'

/** The snapshot as applyStageMove stores it: explainFit's answer and when it was taken. */
type Snapshot =
  | { takenAt: string; eligible: true; score: number; confidence: number; breakdown: ComponentScore[] }
  | { takenAt: string; eligible: false; exclusion: { reasons: ExclusionReason[] } }

const TEXT = {
  title: { zh: '入选时的匹配分', en: 'Fit score at shortlisting' },
  none: { zh: '初选保存后生成', en: 'Taken when the collaboration is first saved' },
  confidence: { zh: '数据完整度', en: 'Confidence' },
  takenAt: { zh: '计算于', en: 'Taken' },
  component: { zh: '维度', en: 'Component' },
  weight: { zh: '权重', en: 'Weight' },
  value: { zh: '得分', en: 'Value' },
  contribution: { zh: '贡献', en: 'Points' },
  estimated: { zh: '缺数据，按平台中位数估算', en: 'Missing data: platform median' },
  notApplicable: { zh: '本活动不适用', en: 'Not applicable to this campaign' },
  excluded: { zh: '入选时不符合筛选条件：', en: 'Excluded by the filters when shortlisted:' },
} satisfies Record<string, Localized>

const percent = (share: number) => `${Math.round(share * 100)}%`

/**
 * Shows the stored fit-score snapshot of a collaboration as a table. Payload's own JSON field
 * editor loads Monaco from a CDN, which the admin's CSP (and mainland networks) do not allow.
 */
export const FitSnapshot: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const snapshot = useFormFields(([fields]) => fields.fitSnapshot?.value) as Snapshot | null | undefined

  return (
    <div className="field-type fit-snapshot">
      <div className="field-label">{TEXT.title[lang]}</div>
      {!snapshot ? (
        <p className="fit-snapshot__note">{TEXT.none[lang]}</p>
      ) : snapshot.eligible ? (
        <>
          <p>
            <strong className="fit-snapshot__score">{snapshot.score}</strong> / 100 · {TEXT.confidence[lang]} {percent(snapshot.confidence)} ·{' '}
            {TEXT.takenAt[lang]} {new Date(snapshot.takenAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
          </p>
          <table className="fit-snapshot__table">
            <thead>
              <tr>
                <th>{TEXT.component[lang]}</th>
                <th>{TEXT.weight[lang]}</th>
                <th>{TEXT.value[lang]}</th>
                <th>{TEXT.contribution[lang]}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {snapshot.breakdown.map((part) => (
                <tr key={part.component} className={part.applicable ? undefined : 'fit-snapshot__inapplicable'}>
                  <td>{SCORE_COMPONENT_LABELS[part.component][lang]}</td>
                  <td>{percent(part.weight)}</td>
                  <td>
                    <span className="fit-snapshot__bar" style={{ width: `${Math.round(part.value * 100)}px` }} /> {part.value.toFixed(2)}
                  </td>
                  <td>{part.contribution.toFixed(1)}</td>
                  <td>{!part.applicable ? TEXT.notApplicable[lang] : part.estimated ? TEXT.estimated[lang] : (part.note?.[lang] ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <>
          <p>{TEXT.excluded[lang]}</p>
          <ul>
            {snapshot.exclusion.reasons.map((reason) => (
              <li key={reason.code}>{reason.message[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
