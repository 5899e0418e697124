import type { PayloadRequest, Sort, Where } from 'payload'

import { stringify } from 'csv-stringify'
import type { Readable } from 'node:stream'

import type { Kol } from '../payload-types'

import { canManageKols } from '../access/canManageKols'
import { EXPORT_PAGE_SIZE, pagedCsv, stableSort } from '../listExport/pagedCsv'
import { formatCell } from './cells'
import { columnsFor, type KolColumn } from './columns'

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

const readPage = (req: PayloadRequest, where: Where, sort: Sort | undefined, page: number) =>
  req.payload.find({ collection: 'kols', where, sort: stableSort(sort), page, limit: EXPORT_PAGE_SIZE, depth: 0, overrideAccess: false, req })

/**
 * The KOLs matching a list's filter and sort as a CSV stream in the import format (docs/kol-import.md),
 * a row per account, read a page at a time. Read as the user (`overrideAccess: false`): contact,
 * contract and rate columns are only written for admin and kol-manager, and field access would
 * blank them for anyone else anyway.
 */
export async function kolCsvExport(req: PayloadRequest, { where = {}, sort }: { where?: Where; sort?: Sort }): Promise<Readable> {
  const columns = columnsFor(canManageKols({ req }))
  return pagedCsv(req, {
    read: (page) => readPage(req, where, sort, page),
    recordsOf: (kol) => kolRows(kol, columns),
    csv: kolCsvWriter(columns),
    name: 'kols',
  })
}
