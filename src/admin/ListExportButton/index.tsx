'use client'

import { Button, useConfig, useListQuery, useTranslation } from '@payloadcms/ui'

import { languageOf, type Localized } from '../../i18n/localized'
import { toQueryString } from '../../listExport/queryString'
import './styles.scss'

const TEXT = {
  export: { zh: '导出当前列表（CSV）', en: 'Export this list (CSV)' },
} satisfies Record<string, Localized>

/** Above a list: downloads what the list shows — its filter, search, sort and columns — as a CSV. */
export function ListExportButton() {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const { collectionSlug, query } = useListQuery()
  const params = toQueryString({ where: query.where, search: query.search, sort: query.sort, columns: query.columns })
  return (
    <div className="list-export">
      <Button
        buttonStyle="secondary"
        el="anchor"
        margin={false}
        size="small"
        url={`${config.serverURL}${config.routes.api}/${collectionSlug}/export.csv?${params}`}
      >
        {TEXT.export[lang]}
      </Button>
    </div>
  )
}
