import { type CsvHeader, headerLabels, isFatalHeader, readHeader } from './header'
import { IssueLog } from './issues'
import { KOL_IMPORT_LIMITS } from './limits'
import { FilePlan } from './plan'
import { CsvFileError, type CsvEncoding, type CsvSource, readCsvRecords } from './readCsv'
import { rowChecker } from './rows'

/** What pass 1 keeps of a file: its KOLs (rows as numbers, accounts, own columns) and the findings. */
export type FileCheck = {
  fatal: boolean
  encoding: CsvEncoding | null
  header: CsvHeader | null
  plan: FilePlan
  rows: number
  orphanRows: number
  issues: IssueLog
}

/** Rows between two progress reports while checking. */
const CHECK_PROGRESS_EVERY = 500

/**
 * Pass 1, without the database: reads every row once and checks it on its own and in the file's
 * context. A file that cannot be read (encoding, header, quoting, empty) is `fatal`.
 */
export async function checkFile(source: CsvSource, onProgress?: (progress: { phase: 'checking'; rows: number }) => void): Promise<FileCheck> {
  const check: FileCheck = {
    fatal: false,
    encoding: null,
    header: null,
    plan: new FilePlan([]),
    rows: 0,
    orphanRows: 0,
    issues: new IssueLog(KOL_IMPORT_LIMITS.issuesKept),
  }
  let checkRow: ReturnType<typeof rowChecker> | null = null
  let label: (path: string) => string = (path) => path
  try {
    for await (const record of readCsvRecords(source, (encoding) => (check.encoding = encoding))) {
      if (!check.header) {
        const { header, issues } = readHeader(record.cells)
        check.issues.add(...issues)
        if (isFatalHeader(issues)) return { ...check, fatal: true }
        check.header = header
        check.plan = new FilePlan(header.columns.flatMap((column) => (column?.level === 'kol' && column.path !== 'id' ? [column.path] : [])))
        checkRow = rowChecker(header)
        label = headerLabels(header)
        continue
      }
      const result = checkRow!(record.cells, record.row)
      if (result.empty) continue
      check.rows += 1
      check.issues.add(...result.issues)
      if (result.parsed) check.issues.add(...check.plan.add(result.parsed, label))
      else if (!check.plan.refuse(result.identity)) check.orphanRows += 1
      if (check.rows % CHECK_PROGRESS_EVERY === 0) onProgress?.({ phase: 'checking', rows: check.rows })
    }
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error
    check.issues.add({ row: error.row, column: '', reason: error.reason, severity: 'error' })
    return { ...check, fatal: true }
  }
  if (!check.header) {
    check.issues.add({ row: 1, column: '', severity: 'error', reason: { zh: '文件是空的', en: 'the file is empty' } })
    return { ...check, fatal: true }
  }
  return check
}
