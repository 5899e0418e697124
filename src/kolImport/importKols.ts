import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { Mutex } from 'async-mutex'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError } from 'payload'

import type { Localized } from '../i18n/localized'
import type { Kol } from '../payload-types'
import type { ImportIssue } from './issues'

import { canManageKols } from '../access/canManageKols'
import { checkFile, type FileCheck } from './fileCheck'
import { headerLabels } from './header'
import { kolData } from './kolData'
import { lookupKols } from './lookupKols'
import { type FileKol, fileKeyOf, type PlannedKol, resolveKol } from './plan'
import { type CsvEncoding, type CsvSource, readCsvRecords } from './readCsv'
import { type ParsedRow, rowChecker } from './rows'

export type KolCsvSummary = {
  /** Data rows (blank rows aside). */
  rows: number
  kols: number
  create: number
  update: number
  /** KOLs left out because one of their rows has an error. */
  skip: number
  /** Rows that are not imported: those with errors and the other rows of their KOLs. */
  refusedRows: number
  errors: number
  warnings: number
}

/** A dry run: everything an import would check and do, nothing written. */
export type KolCsvCheck = {
  /** The file cannot be read (encoding, header, quoting): nothing of it can be imported. */
  fatal: boolean
  encoding: CsvEncoding | null
  summary: KolCsvSummary
  /** The findings by row (the first KOL_IMPORT_LIMITS.issuesKept found); `issuesTotal` counts them all. */
  issues: ImportIssue[]
  issuesTotal: number
  kols: PlannedKol[]
}

export type KolCsvImport = {
  fatal: boolean
  /** What the check planned before writing. */
  planned: KolCsvSummary
  created: number
  updated: number
  /** KOLs refused when written (changed by someone else since the check, or refused by a rule). */
  failed: number
  importedRows: number
  refusedRows: number
  issues: ImportIssue[]
  issuesTotal: number
}

export type KolImportProgress =
  | { phase: 'checking'; rows: number }
  /** Checked; another import of this process is writing, this one writes after it. */
  | { phase: 'waiting' }
  | { phase: 'writing'; kolsDone: number; kolsTotal: number; rowsDone: number; rowsTotal: number; created: number; updated: number; failed: number }

export type KolImportOptions = {
  payload: Payload
  user: TypedUser
  /** The user's admin language, for Payload's own messages when it refuses a save. */
  i18n?: PayloadRequest['i18n']
  onProgress?: (progress: KolImportProgress) => void
}

/** Only the KOLs' owners import them (SPEC §1); the Local API's access rules say so again on every write. */
export class KolImportForbidden extends Error {
  readonly reason: Localized = { zh: '只有管理员和达人经理可以导入达人', en: 'Only administrators and KOL managers import KOLs' }
  constructor() {
    super('Only administrators and KOL managers import KOLs')
    this.name = 'KolImportForbidden'
  }
}

function assertMayImport(user: TypedUser) {
  if (!canManageKols({ req: { user } as PayloadRequest })) throw new KolImportForbidden()
}

/** One import writes at a time in this process, so two never create the same new account twice. */
const writing = new Mutex()

function summarise(check: FileCheck, kols: readonly PlannedKol[]): KolCsvSummary {
  const count = (action: PlannedKol['action']) => kols.filter((kol) => kol.action === action).length
  return {
    rows: check.rows,
    kols: kols.length,
    create: count('create'),
    update: count('update'),
    skip: count('skip'),
    refusedRows: check.orphanRows + kols.filter((kol) => kol.action === 'skip').reduce((total, kol) => total + kol.rowCount, 0),
    errors: check.issues.errors,
    warnings: check.issues.warnings,
  }
}

const requestOf = ({ payload, user, i18n }: KolImportOptions) => createLocalReq({ user, req: i18n ? { i18n } : undefined }, payload)

/** Pass 1 and the decision per KOL against the database. */
async function planFile(source: CsvSource, { payload, user, i18n, onProgress }: KolImportOptions): Promise<{ check: FileCheck; kols: PlannedKol[] }> {
  const check = await checkFile(source, onProgress)
  if (check.fatal) return { check, kols: [] }
  const label = headerLabels(check.header!)
  const existing = await lookupKols(await requestOf({ payload, user, i18n }), check.plan.references())
  const kols = [...check.plan.kols.values()].map((kol) => {
    const { planned, issues } = resolveKol(kol, existing, label)
    check.issues.add(...issues)
    return planned
  })
  return { check, kols }
}

/** Dry run: the full check and what would happen to each KOL (create or update, by platform + handle); writes nothing. */
export async function checkKolCsv(source: CsvSource, options: KolImportOptions): Promise<KolCsvCheck> {
  assertMayImport(options.user)
  const { check, kols } = await planFile(source, options)
  return { fatal: check.fatal, encoding: check.encoding, summary: summarise(check, kols), issues: check.issues.list(), issuesTotal: check.issues.total, kols }
}

/**
 * Why a write was refused: Payload's field messages (in the request's language) for a validation
 * error; anything else (a database or hook failure) is logged, and the report only says it failed,
 * since its message may show the database's internals.
 */
function writeFailure(req: PayloadRequest, kol: FileKol, error: unknown): ImportIssue {
  const failure = (zh: string, en: string): ImportIssue => ({ row: kol.firstRow, column: '', severity: 'error', reason: { zh, en } })
  if (error instanceof ValidationError) {
    const details = error.data.errors.map((entry) => `${entry.path}: ${entry.message}`).join('; ')
    return failure(`保存失败，本达人未导入：${details}`, `Not saved, this KOL was not imported: ${details}`)
  }
  req.payload.logger.error({ err: error, msg: `KOL import: saving the KOL of row ${kol.firstRow} failed` })
  return failure('保存失败，本达人未导入；详情见服务器日志', 'Not saved, this KOL was not imported; the server log has the details')
}

type Written = { action: 'create' | 'update' } | { action: 'skip'; issues: ImportIssue[] }

/**
 * One KOL in its own transaction, through the Local API as the user (access, field rules and hooks
 * run). The decision is taken again inside the transaction on the database as it is now, so a KOL
 * created or changed since the check is updated rather than duplicated, or refused with the reason.
 */
async function writeKol(req: PayloadRequest, kol: FileKol, rows: readonly ParsedRow[], label: (path: string) => string): Promise<Written> {
  const shouldCommit = await initTransaction(req)
  try {
    const existing = await lookupKols(req, { accounts: kol.accounts, kolIds: kol.kolId ? [kol.kolId] : [] })
    const { planned, issues } = resolveKol(kol, existing, label)
    if (planned.action === 'skip') {
      if (shouldCommit) await killTransaction(req)
      return { action: 'skip', issues }
    }
    const common = { collection: 'kols', depth: 0, overrideAccess: false, req } as const
    if (planned.action === 'update') {
      const current: Kol = await req.payload.findByID({ ...common, id: planned.kolId! })
      await req.payload.update({ ...common, id: planned.kolId!, data: kolData(rows, current) })
    } else {
      await req.payload.create({ ...common, data: kolData(rows, null) as Kol })
    }
    if (shouldCommit) await commitTransaction(req)
    return { action: planned.action }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    return { action: 'skip', issues: [writeFailure(req, kol, error)] }
  }
}

/**
 * Import: pass 1 checks the whole file and plans each KOL; pass 2 reads the file again and writes
 * each KOL as soon as its last row has been read (rows of one KOL need not be adjacent; only the
 * rows of KOLs still open are held). Rows with errors, and the other rows of their KOLs, are
 * skipped and reported; everything else is imported. `openSource` is called once per pass.
 */
export async function importKolCsv(openSource: () => CsvSource, options: KolImportOptions): Promise<KolCsvImport> {
  assertMayImport(options.user)
  const { check, kols } = await planFile(openSource(), options)
  const planned = summarise(check, kols)
  const result = { fatal: check.fatal, planned, created: 0, updated: 0, failed: 0, importedRows: 0, refusedRows: planned.refusedRows }
  const finished = (): KolCsvImport => ({ ...result, issues: check.issues.list(), issuesTotal: check.issues.total })
  if (check.fatal) return finished()

  const toWrite = new Map(kols.filter((kol) => kol.action !== 'skip').map((kol) => [kol.key, check.plan.kols.get(kol.key)!]))
  const rowsTotal = [...toWrite.values()].reduce((total, kol) => total + kol.rowCount, 0)
  const label = headerLabels(check.header!)
  const checkRow = rowChecker(check.header!)
  const req = await requestOf(options)
  const open = new Map<string, ParsedRow[]>()
  let kolsDone = 0
  const report = () =>
    options.onProgress?.({
      phase: 'writing',
      kolsDone,
      kolsTotal: toWrite.size,
      rowsDone: result.importedRows,
      rowsTotal,
      created: result.created,
      updated: result.updated,
      failed: result.failed,
    })

  if (writing.isLocked()) options.onProgress?.({ phase: 'waiting' })
  await writing.runExclusive(async () => {
    report()
    let first = true
    for await (const record of readCsvRecords(openSource())) {
      if (first) {
        first = false
        continue
      }
      // The file is the one the check read: its rows check the same way again.
      const row = checkRow(record.cells, record.row)
      if (row.empty || !row.parsed) continue
      const kol = toWrite.get(fileKeyOf(row.parsed))
      if (!kol) continue
      const rows = open.get(kol.key) ?? []
      rows.push(row.parsed)
      open.set(kol.key, rows)
      if (record.row !== kol.lastRow) continue
      open.delete(kol.key)
      const written = await writeKol(req, kol, rows, label)
      kolsDone += 1
      if (written.action === 'create') result.created += 1
      if (written.action === 'update') result.updated += 1
      if (written.action === 'skip') {
        result.failed += 1
        result.refusedRows += rows.length
        check.issues.add(...written.issues)
      } else {
        result.importedRows += rows.length
      }
      report()
    }
  })
  return finished()
}
