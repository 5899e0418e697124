import type { PayloadRequest, Sort, Where } from 'payload'

import { stringify } from 'csv-stringify'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Kol } from '../payload-types'

import { canManageKols } from '../access/canManageKols'
import { formatCell } from './cells'
import { columnsFor, type KolColumn } from './columns'

/** KOLs read per query: the export holds one page at a time, whatever the size of the list. */
const EXPORT_PAGE_SIZE = 200

const valueAt = (source: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), source)

/** The CSV cells of one KOL: a row per account (one row with blank account columns when it has none). */
export function kolRows(kol: Kol, columns: readonly KolColumn[]): string[][] {
  const accounts: unknown[] = kol.accounts?.length ? kol.accounts : [{}]
  return accounts.map((account) =>
    columns.map((column) => (column.path === 'id' ? String(kol.id) : formatCell(column, valueAt(column.level === 'kol' ? kol : account, column.path)))),
  )
}

/** The CSV writer of the export: UTF-8 with a BOM so Excel reads the Chinese, Chinese headers, Windows line ends. */
export const kolCsvWriter = (columns: readonly KolColumn[]) =>
  stringify({ bom: true, header: true, columns: columns.map((column) => column.header.zh), record_delimiter: 'windows' })

/** A sort with the ID after it: pages of a sort with ties (by name) would otherwise overlap. */
const stableSort = (sort: Sort | undefined): string[] => [...(typeof sort === 'string' ? sort.split(',') : (sort ?? [])).filter(Boolean), 'id']

const readPage = (req: PayloadRequest, where: Where, sort: Sort | undefined, page: number) =>
  req.payload.find({ collection: 'kols', where, sort: stableSort(sort), page, limit: EXPORT_PAGE_SIZE, depth: 0, overrideAccess: false, req })

/**
 * The KOLs matching a list's filter and sort as a CSV stream in the import format (docs/kol-import.md),
 * a row per account, read a page at a time. Read as the user (`overrideAccess: false`): contact,
 * contract and rate columns are only written for admin and kol-manager, and field access would
 * blank them for anyone else anyway. The first page is read before the stream is returned, so a
 * query the user may not run is refused as an error rather than a cut-off file.
 */
export async function kolCsvExport(req: PayloadRequest, { where = {}, sort }: { where?: Where; sort?: Sort }): Promise<Readable> {
  const columns = columnsFor(canManageKols({ req }))
  const first = await readPage(req, where, sort, 1)
  async function* records() {
    for (let page = first; ; page = await readPage(req, where, sort, page.page! + 1)) {
      for (const kol of page.docs) yield* kolRows(kol, columns)
      if (!page.hasNextPage) return
    }
  }
  const csv = kolCsvWriter(columns)
  pipeline(Readable.from(records()), csv).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'KOL CSV export failed' }))
  return csv
}
