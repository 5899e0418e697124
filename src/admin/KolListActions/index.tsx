'use client'

import { Button, useAuth, useConfig, useListQuery, useTranslation } from '@payloadcms/ui'

import type { User } from '../../payload-types'

import { hasRole } from '../../auth/roles'
import { languageOf, type Localized } from '../../i18n/localized'
import { toQueryString } from '../../listExport/queryString'
import './styles.scss'

const TEXT = {
  import: { zh: '批量导入（CSV）', en: 'Import CSV' },
  export: { zh: '导出当前列表（CSV）', en: 'Export this list (CSV)' },
  hint: {
    zh: '导出当前筛选、搜索和排序下的全部达人，每个平台账号一行，格式与导入相同。',
    en: 'Exports every KOL of the current filter, search and sort, one row per account, in the import format.',
  },
} satisfies Record<string, Localized>

/**
 * Above the KOL list: import from a spreadsheet (KOL managers) and export of what the list shows —
 * its filter, search and sort — in the same format (everyone who reads KOLs; the server leaves out
 * contact and rate columns for those who may not see them).
 */
export function KolListActions() {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { query } = useListQuery()
  const exportUrl = `${config.serverURL}${config.routes.api}/kols/export.csv?${toQueryString({ where: query.where, search: query.search, sort: query.sort })}`
  return (
    <div className="kol-list-actions">
      {hasRole(user, 'admin', 'kol-manager') ? (
        <Button buttonStyle="secondary" el="link" margin={false} size="small" to={`${config.routes.admin}/kol-import`}>
          {TEXT.import[lang]}
        </Button>
      ) : null}
      <Button buttonStyle="secondary" el="anchor" margin={false} size="small" url={exportUrl}>
        {TEXT.export[lang]}
      </Button>
      <span className="kol-list-actions__hint">{TEXT.hint[lang]}</span>
    </div>
  )
}
