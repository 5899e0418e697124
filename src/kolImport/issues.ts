import { stringify, type Stringifier } from 'csv-stringify'

import type { Localized } from '../i18n/localized'

import { guardFormula } from './cells'

/**
 * One finding of a check or an import. `row` is the row as a spreadsheet shows it (the header is
 * row 1); `column` is the header as written in the file ('' when the finding is about the row).
 * An error keeps the row's KOL out of the import; a warning only informs.
 */
export type ImportIssue = { row: number; column: string; reason: Localized; severity: 'error' | 'warning' }

const byRow = (a: ImportIssue, b: ImportIssue) => a.row - b.row

/**
 * The findings of a check or import: all counted, the first `limit` kept. A file of a million bad
 * rows must not become a million objects in memory; the summary still counts every one.
 */
export class IssueLog {
  private readonly kept: ImportIssue[] = []
  errors = 0
  warnings = 0

  constructor(private readonly limit: number) {}

  add(...issues: readonly ImportIssue[]): void {
    for (const issue of issues) {
      if (issue.severity === 'error') this.errors += 1
      else this.warnings += 1
      if (this.kept.length < this.limit) this.kept.push(issue)
    }
  }

  get total(): number {
    return this.errors + this.warnings
  }

  /** The kept findings, by row. */
  list(): ImportIssue[] {
    return [...this.kept].sort(byRow)
  }
}

const SEVERITY_LABELS = { error: '错误', warning: '提示' } as const

/** The findings as a CSV report (Excel-ready, like the export): row, column, severity, reason in Chinese and English. */
export function issueReportCsv(): Stringifier {
  return stringify({ bom: true, header: true, columns: ['行', '列', '级别', '原因', 'Reason'], record_delimiter: 'windows' })
}

/** One finding as report cells: the column is the file's own header text, so every cell is guarded against formulas like the export's. */
export const issueReportRecord = (issue: ImportIssue): string[] =>
  [String(issue.row), issue.column, SEVERITY_LABELS[issue.severity], issue.reason.zh, issue.reason.en].map(guardFormula)
