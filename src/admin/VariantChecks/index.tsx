'use client'

import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { ComplianceReport } from '../../compliance/types'
import type { Localized } from '../../i18n/localized'
import type { FormatId } from '../../platforms/types'

import { languageOf } from '../../i18n/localized'
import { ComplianceHitList } from '../ComplianceHits'
import { VariantPreview } from '../VariantPreview'
import { FORMAT_RULES } from '../../platforms/rules'
import { renderVariant, type RenderedPost } from '../../platforms/render'
import './styles.scss'

type StoredChecks = {
  checkedAt: string
  platformIssues: { path: (string | number)[]; message: Localized }[]
  compliance: ComplianceReport
  rendered: RenderedPost
  /** Whether the post had to carry the 广告 label: sponsored, or part of a paid collaboration. */
  paid?: boolean
}

const TEXT = {
  platform: { zh: '平台规则', en: 'Platform rules' },
  compliance: { zh: '合规检查', en: 'Compliance' },
  allClear: { zh: '未发现问题', en: 'No findings' },
  notChecked: { zh: '保存后显示检查结果', en: 'Checks appear after saving' },
  checkedAt: { zh: '检查于', en: 'Checked' },
} satisfies Record<string, Localized>

/**
 * Shown on every platform variant: the post as it will look on its platform (rendered live from
 * the fields as the editor types) next to the platform and compliance findings of the last save.
 */
export const VariantChecks: UIFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const row = path.slice(0, path.lastIndexOf('.'))
  const mentionPrefix = `${row}.mentions.`
  const values = useFormFields(([fields]) => ({
    format: fields[`${row}.format`]?.value as FormatId | undefined,
    title: fields[`${row}.title`]?.value as string | undefined,
    body: fields[`${row}.body`]?.value as string | undefined,
    digest: fields[`${row}.digest`]?.value as string | undefined,
    hashtags: fields[`${row}.hashtags`]?.value as string[] | undefined,
    // The mention rows' fields, in row order: `<row>.mentions.<n>.name` and `.platformUserId`.
    mentions: Object.keys(fields)
      .filter((key) => key.startsWith(mentionPrefix) && key.endsWith('.name'))
      .sort((a, b) => Number(a.slice(mentionPrefix.length).split('.')[0]) - Number(b.slice(mentionPrefix.length).split('.')[0]))
      .map((key) => ({
        name: String(fields[key]?.value ?? ''),
        platformUserId: fields[`${key.slice(0, -'.name'.length)}.platformUserId`]?.value as string | undefined,
      }))
      .filter((mention) => mention.name.trim()),
    cover: fields[`${row}.cover`]?.value as number | string | undefined,
    commercialOrderId: fields[`${row}.commercialOrderId`]?.value as string | undefined,
    checks: fields[`${row}.checks`]?.value as StoredChecks | undefined,
    sponsored: Boolean(fields.sponsored?.value),
  }))

  if (!values.format || !FORMAT_RULES[values.format]) return null
  const checks = values.checks
  // Rendered live as the editor types, by the publish feed's own function. The master text stands
  // in for an empty variant body, and a paid collaboration can make a post paid: only the server
  // knows those, so its rendering of the last save is shown then.
  const rendered =
    values.body?.trim() || !checks
      ? renderVariant({
          format: values.format,
          title: values.title,
          body: values.body,
          digest: values.digest,
          hashtags: values.hashtags,
          mentions: values.mentions,
          paid: values.sponsored || Boolean(checks?.paid),
          commercialOrderId: values.commercialOrderId,
        })
      : checks.rendered

  return (
    <div className="variant-checks">
      <VariantPreview commercialOrderId={values.commercialOrderId} coverId={values.cover} format={values.format} lang={lang} rendered={rendered} />
      <section aria-label={TEXT.platform[lang]}>
        <h4>{TEXT.platform[lang]}</h4>
        {!checks ? (
          <p>{TEXT.notChecked[lang]}</p>
        ) : checks.platformIssues.length === 0 ? (
          <p className="variant-checks__ok">{TEXT.allClear[lang]}</p>
        ) : (
          <ul className="findings">
            {checks.platformIssues.map((issue, index) => (
              <li key={index} className="finding finding--block">
                {issue.message[lang]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={TEXT.compliance[lang]}>
        <h4>{TEXT.compliance[lang]}</h4>
        {!checks ? (
          <p>{TEXT.notChecked[lang]}</p>
        ) : checks.compliance.hits.length === 0 ? (
          <p className="variant-checks__ok">{TEXT.allClear[lang]}</p>
        ) : (
          <ComplianceHitList hits={checks.compliance.hits} lang={lang} />
        )}
        {checks ? (
          <small>
            {TEXT.checkedAt[lang]} {new Date(checks.checkedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
          </small>
        ) : null}
      </section>
    </div>
  )
}
