import type { Endpoint, PayloadRequest, SanitizedCollectionConfig, Sort, Where } from 'payload'

import { stringify } from 'csv-stringify'
import { Readable } from 'node:stream'
import { z } from 'zod'

import { isStaff } from '../access/isStaff'
import { chinaDayOf } from '../calendar/chinaTime'
import { refuse } from '../graphql/errorCodes'
import { languageOf } from '../i18n/localized'
import { listColumns } from './columns'
import { listQueryOf } from './listQuery'
import { EXPORT_PAGE_SIZE, pagedCsv, stableSort } from './pagedCsv'

/** The list view's columns: `columns[0]=title&…`, or the list URL's own JSON form; `-name` is a hidden column. */
const columnsParam = z
  .union([
    z.array(z.string()),
    z
      .string()
      .transform((text, ctx): unknown => {
        try {
          return JSON.parse(text)
        } catch {
          ctx.addIssue({ code: 'custom', message: 'not JSON' })
          return z.NEVER
        }
      })
      .pipe(z.array(z.string())),
  ])
  .optional()

/**
 * A list as CSV, streamed a page at a time: the documents of its filter and sort, read as the user
 * (`overrideAccess: false`, so access and field rules hold), in the list's columns. Drafts are
 * listed as the admin lists them (latest version); join fields are not read (no column shows them).
 */
export async function listCsvExport(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  { where, sort, accessors }: { where: Where; sort: Sort | undefined; accessors: readonly string[] },
): Promise<Readable> {
  const columns = await listColumns(req, collection, accessors, languageOf(req.i18n))
  const read = (page: number) =>
    req.payload.find({
      // Any collection; typed as one with a join field so that `joins: false` type-checks.
      collection: collection.slug as 'ugc-submissions',
      where,
      sort: stableSort(sort),
      page,
      limit: EXPORT_PAGE_SIZE,
      depth: 1,
      joins: false,
      draft: Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts),
      overrideAccess: false,
      req,
    })
  return pagedCsv(req, {
    read,
    recordsOf: (doc) => [columns.map((column) => column.cell(doc as unknown as Record<string, unknown>))],
    csv: stringify({ bom: true, header: true, columns: columns.map((column) => column.header), record_delimiter: 'windows' }),
    name: collection.slug,
  })
}

/**
 * GET /api/<collection>/export.csv — the admin list as the user sees it (Payload's `where[…]`,
 * `search`, `sort`, and `columns[…]` from the list's column picker) as a CSV for spreadsheets.
 * Staff only: publishers are machine users with their own API.
 */
export const listExportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Log in first' })
    if (!isStaff({ req })) refuse(req, 'FORBIDDEN', 403, { zh: '只有后台用户可以导出列表', en: 'Only admin users export lists' })
    const collection = req.payload.collections[req.routeParams!.collection as 'brands'].config
    const columns = columnsParam.safeParse(req.query?.columns)
    if (!columns.success) refuse(req, 'BAD_USER_INPUT', 400, { zh: '查询参数 columns 格式不正确', en: 'the query parameter columns is malformed' }, 'columns')
    const accessors = (columns.data ?? []).filter((accessor) => !accessor.startsWith('-'))
    const csv = await listCsvExport(req, collection, { ...listQueryOf(req, collection), accessors })
    return new Response(Readable.toWeb(csv) as ReadableStream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${collection.slug}-${chinaDayOf(new Date())}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
