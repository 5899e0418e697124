'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'

import { languageOf } from '../../i18n/localized'
import { CAMPAIGN_VIEWS } from '../../campaigns/views'

/**
 * A campaign's document tab for one of the KOL managers' views, named in the admin's language
 * (Payload's own tab takes a plain string). Looks and behaves like Payload's tabs.
 */
export const CampaignTab = ({ path }: { path: string }) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const pathname = usePathname()
  const view = Object.values(CAMPAIGN_VIEWS).find((candidate) => candidate.path === path)
  if (!view || id == null) return null
  const href = formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/campaigns/${id}${view.path}` })
  const active = pathname === href
  const label = view.label[languageOf(i18n)]
  return (
    <Button
      aria-label={label}
      buttonStyle="tab"
      className={['doc-tab', active && 'doc-tab--active'].filter(Boolean).join(' ')}
      disabled={active}
      el={active ? 'div' : 'link'}
      margin={false}
      size="medium"
      to={active ? undefined : href}
    >
      <span className="doc-tab__label">{label}</span>
    </Button>
  )
}
