import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'

import type { Kol } from '../../../src/payload-types'

import { demoKols } from '../../../seed/kols'
import { KOL_COLUMNS } from '../../../src/kolImport/columns'
import { kolCsvWriter, kolRows } from '../../../src/kolImport/exportKols'
import { checkFile } from '../../../src/kolImport/fileCheck'
import { kolData } from '../../../src/kolImport/kolData'
import { readCsvRecords } from '../../../src/kolImport/readCsv'
import { type ParsedRow, rowChecker } from '../../../src/kolImport/rows'

const KOLS = demoKols().map((kol, index) => ({ ...kol, id: index + 1 }) as Kol)

const valueAt = (source: unknown, path: string): unknown => {
  const value = path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), source)
  // The CSV has no way to tell a blank from nothing: both are left out on import.
  return value === null || (Array.isArray(value) && value.length === 0) ? undefined : value
}

/** What the CSV carries of a KOL, field by field: its own columns and each account's. */
const carried = (kol: Partial<Kol>) => ({
  own: KOL_COLUMNS.filter((column) => column.level === 'kol' && column.path !== 'id').map((column) => [column.path, valueAt(kol, column.path)]),
  accounts: (kol.accounts ?? []).map((account) =>
    KOL_COLUMNS.filter((column) => column.level === 'account').map((column) => [
      column.path,
      column.path === 'rateCard' ? (account.rateCard ?? []).map(({ format, price }) => ({ format, price })) : valueAt(account, column.path),
    ]),
  ),
})

async function exported(kols: readonly Kol[], columns = KOL_COLUMNS) {
  const writer = kolCsvWriter(columns)
  const chunks: Buffer[] = []
  writer.on('data', (chunk: Buffer) => chunks.push(chunk))
  for (const kol of kols) for (const row of kolRows(kol, columns)) writer.write(row)
  writer.end()
  await new Promise((resolve) => writer.on('end', resolve))
  return Buffer.concat(chunks)
}

describe('KOL CSV export → import round trip', () => {
  it('imports the 60 demo KOLs from their own export exactly as they are', async () => {
    const file = await exported(KOLS)
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const check = await checkFile(Readable.from([file]))
    expect(check.issues.list()).toEqual([])
    expect(check.plan.kols.size).toBe(KOLS.length)

    // Pass 2 as the import does it: every KOL's rows read again and laid over nothing (a new KOL).
    const checkRow = rowChecker(check.header!)
    const rowsOf = new Map<string, ParsedRow[]>()
    for await (const record of readCsvRecords(Readable.from([file]))) {
      if (record.row === 1) continue
      const row = checkRow(record.cells, record.row)
      if (row.empty || !row.parsed) throw new Error(`row ${record.row} did not check`)
      rowsOf.set(`id:${row.parsed.kolId}`, [...(rowsOf.get(`id:${row.parsed.kolId}`) ?? []), row.parsed])
    }
    for (const original of KOLS) {
      const imported = kolData(rowsOf.get(`id:${original.id}`)!, null)
      expect(carried(imported)).toEqual(carried(original))
    }
  })
})
