'use client'

import type { UIFieldClientComponent } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import type { Localized } from '../../i18n/localized'

import { languageOf } from '../../i18n/localized'

/**
 * The compliance findings a reviewer overrode, as a list. Payload's own JSON field editor loads
 * Monaco from a CDN, which the admin's CSP (and mainland networks) do not allow.
 */
export const OverriddenIssues: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const issues = useFormFields(([fields]) => fields.overriddenIssues?.value) as Localized[] | null | undefined
  if (!issues || issues.length === 0) return null
  return (
    <div className="field-type">
      <div className="field-label">{lang === 'zh' ? '被强制忽略的合规问题' : 'Overridden compliance issues'}</div>
      <ul>
        {issues.map((issue) => (
          <li key={issue.zh}>{issue[lang]}</li>
        ))}
      </ul>
    </div>
  )
}
