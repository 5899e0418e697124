'use client'

import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { ComplianceHit, ComplianceReport } from '../../compliance/types'
import type { Localized } from '../../i18n/localized'
import type { FormatId } from '../../platforms/types'

import { languageOf } from '../../i18n/localized'
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
  block: { zh: '禁止', en: 'Block' },
  review: { zh: '待判断', en: 'Review' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  truncated: { zh: '超出部分在发布时会被截断', en: 'The part over the limit would be cut when posting' },
} satisfies Record<string, Localized>

function HitRow({ hit, lang }: { hit: ComplianceHit; lang: keyof Localized }) {
  return (
    <li className={`variant-checks__hit variant-checks__hit--${hit.level}`}>
      <span className="variant-checks__badge">{TEXT[hit.level][lang]}</span>
      <span>
        <strong>{hit.match?.text ?? hit.term}</strong>
        {hit.match ? ` · ${hit.field} ${hit.match.start}–${hit.match.end}` : ` · ${hit.field}`}
        <br />
        {hit.message[lang]}
        {hit.suggestion ? (
          <>
            <br />
            {TEXT.suggestion[lang]}：{hit.suggestion[lang]}
          </>
        ) : null}
        <br />
        <small>{hit.law[lang]}</small>
      </span>
    </li>
  )
}

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
          <ul>
            {checks.platformIssues.map((issue, index) => (
              <li key={index} className="variant-checks__hit variant-checks__hit--block">
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
          <ul>
            {checks.compliance.hits.map((hit, index) => (
              <HitRow hit={hit} key={index} lang={lang} />
            ))}
          </ul>
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
