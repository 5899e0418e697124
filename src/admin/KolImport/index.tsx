import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { canManageKols } from '../../access/canManageKols'
import { languageOf, type Localized } from '../../i18n/localized'
import { KolImportForm } from './KolImportForm'
import './styles.scss'

const TEXT = {
  title: { zh: '批量导入达人', en: 'Import KOLs' },
  intro: {
    zh: '上传 CSV 文件（每个平台账号一行）：先检查并预览将新增和更新的达人，确认后再导入。按“平台 + 账号”匹配已有达人。',
    en: 'Upload a CSV file (one row per platform account): check it and preview the KOLs to be added and updated, then import. Existing KOLs are matched by platform + handle.',
  },
  forbidden: { zh: '只有管理员和达人经理可以导入达人。', en: 'Only administrators and KOL managers import KOLs.' },
} satisfies Record<string, Localized>

/** /admin/kol-import: the KOL managers' spreadsheet import, inside the admin's own frame and navigation. */
export function KolImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const lang = languageOf(req.i18n)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="kol-import">
          <h1>{TEXT.title[lang]}</h1>
          <p className="kol-import__intro">{TEXT.intro[lang]}</p>
          {canManageKols({ req }) ? <KolImportForm /> : <p role="alert">{TEXT.forbidden[lang]}</p>}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
