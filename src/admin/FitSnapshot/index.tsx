'use client'

import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { Localized } from '../../i18n/localized'
import type { ComponentScore, ExclusionReason } from '../../scoring/types'

import { fitInputsOf } from '../../campaigns/fitInputs'
import { languageOf } from '../../i18n/localized'
import { Breakdown } from '../CampaignRanking/Breakdown'
import './styles.scss'

/** The snapshot as applyStageMove stores it: explainFit's answer and when it was taken (damping since issue 7). */
type Snapshot =
  | { takenAt: string; eligible: true; score: number; confidence: number; damping?: number; breakdown: ComponentScore[] }
  | { takenAt: string; eligible: false; exclusion: { reasons: ExclusionReason[] } }

const TEXT = {
  title: { zh: '入选时的匹配分', en: 'Fit score at shortlisting' },
  none: { zh: '初选保存后生成', en: 'Taken when the collaboration is first saved' },
  takenAt: { zh: '计算于', en: 'Taken' },
  excluded: { zh: '入选时不符合筛选条件：', en: 'Excluded by the filters when shortlisted:' },
} satisfies Record<string, Localized>

/**
 * Shows the stored fit-score snapshot of a collaboration with the same breakdown as the campaign's
 * ranking. Payload's own JSON field editor loads Monaco from a CDN, which the admin's CSP (and
 * mainland networks) do not allow.
 */
export const FitSnapshot: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const snapshot = useFormFields(([fields]) => fields.fitSnapshot?.value) as Snapshot | null | undefined
  const title = useFormFields(([fields]) => fields.title?.value) as string | null | undefined

  return (
    <div className="field-type fit-snapshot">
      <div className="field-label">{TEXT.title[lang]}</div>
      {!snapshot ? (
        <p className="fit-snapshot__note">{TEXT.none[lang]}</p>
      ) : snapshot.eligible ? (
        <>
          <p className="fit-snapshot__note">
            {TEXT.takenAt[lang]} {new Date(snapshot.takenAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
          </p>
          <Breakdown
            row={{
              score: snapshot.score,
              confidence: snapshot.confidence,
              damping: snapshot.damping ?? 1,
              breakdown: snapshot.breakdown.map((part) => ({ ...part, inputs: fitInputsOf(part.inputs), note: part.note ?? null })),
            }}
            name={title ?? ''}
            lang={lang}
          />
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
