import type { Localized } from '../i18n/localized'

/**
 * One finding of a check or an import. `row` is the row as a spreadsheet shows it (the header is
 * row 1); `column` is the header as written in the file ('' when the finding is about the row).
 * An error keeps the row's KOL out of the import; a warning only informs.
 */
export type ImportIssue = { row: number; column: string; reason: Localized; severity: 'error' | 'warning' }

export const byRow = (a: ImportIssue, b: ImportIssue) => a.row - b.row
