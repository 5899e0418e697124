'use client'

import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { ComplianceReport } from '../../compliance/types'
import type { Localized } from '../../i18n/localized'
import type { FormatId } from '../../platforms/types'

import { languageOf } from '../../i18n/localized'
import { ComplianceHitList } from '../ComplianceHits'
import { FORMAT_RULES } from '../../platforms/rules'
import { renderVariant, type RenderedPost } from '../../platforms/render'
import './styles.scss'

type StoredChecks = {
  checkedAt: string
  platformIssues: { path: (string | number)[]; message: Localized }[]
  compliance: ComplianceReport
  rendered: RenderedPost
}

const TEXT = {
  preview: { zh: '发布预览', en: 'Post preview' },
  platform: { zh: '平台规则', en: 'Platform rules' },
  compliance: { zh: '合规检查', en: 'Compliance' },
  allClear: { zh: '未发现问题', en: 'No findings' },
  notChecked: { zh: '保存后显示检查结果', en: 'Checks appear after saving' },
  checkedAt: { zh: '检查于', en: 'Checked' },
  truncated: { zh: '超出部分在发布时会被截断', en: 'The part over the limit would be cut when posting' },
} satisfies Record<string, Localized>

/**
 * Shown on every platform variant: the post exactly as it will go out (rendered live from the
 * fields as the editor types) and the platform and compliance findings of the last save.
 */
export const VariantChecks: UIFieldClientComponent = ({ path }) => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const row = path.slice(0, path.lastIndexOf('.'))
  const values = useFormFields(([fields]) => ({
    format: fields[`${row}.format`]?.value as FormatId | undefined,
    title: fields[`${row}.title`]?.value as string | undefined,
    body: fields[`${row}.body`]?.value as string | undefined,
    hashtags: fields[`${row}.hashtags`]?.value as string[] | undefined,
    commercialOrderId: fields[`${row}.commercialOrderId`]?.value as string | undefined,
    checks: fields[`${row}.checks`]?.value as StoredChecks | undefined,
    sponsored: Boolean(fields.sponsored?.value),
  }))

  if (!values.format || !FORMAT_RULES[values.format]) return null
  // The master text stands in for an empty variant body; only the server can render it.
  const rendered =
    values.body?.trim() || !values.checks
      ? renderVariant({
          format: values.format,
          title: values.title,
          body: values.body,
          hashtags: values.hashtags,
          paid: values.sponsored,
          commercialOrderId: values.commercialOrderId,
        })
      : values.checks.rendered
  const checks = values.checks

  return (
    <div className="variant-checks">
      <section className="variant-checks__preview" aria-label={TEXT.preview[lang]}>
        <h4>
          {TEXT.preview[lang]} · {FORMAT_RULES[values.format].label[lang]}
        </h4>
        {rendered.title ? <p className="variant-checks__title">{rendered.title}</p> : null}
        <pre className="variant-checks__text">{rendered.text}</pre>
        {rendered.truncated.length > 0 ? <p className="variant-checks__warning">{TEXT.truncated[lang]}</p> : null}
      </section>
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
