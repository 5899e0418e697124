import type { ImportIssue } from './issues'

import { normalizeToken } from './cells'
import { KOL_COLUMNS, type KolColumn, REQUIRED_PATHS, columnAt } from './columns'

/** The file's header row: the column each position holds (null: ignored) and the text shown for it. */
export type CsvHeader = { columns: readonly (KolColumn | null)[]; labels: readonly string[] }

const COLUMNS_BY_NAME = new Map(
  KOL_COLUMNS.flatMap((column) => [column.header.zh, column.header.en, ...(column.aliases ?? [])].map((name) => [normalizeToken(name), column] as const)),
)

/** A header as typed: `粉丝数`, `followers`, `Followers`, `粉丝数/followers` or `粉丝数（followers）`. */
function columnNamed(text: string): KolColumn | null {
  const whole = COLUMNS_BY_NAME.get(normalizeToken(text))
  if (whole) return whole
  const parts = text
    .normalize('NFKC')
    .split(/[/()]/)
    .map((part) => part.trim())
    .filter(Boolean)
  const matches = new Set(parts.map((part) => COLUMNS_BY_NAME.get(normalizeToken(part))).filter((column) => column !== undefined))
  return matches.size === 1 ? [...matches][0]! : null
}

/**
 * Reads the header row (row 1). Unknown columns are ignored with a warning; a column named twice,
 * or a missing platform, handle or name column, refuses the whole file.
 */
export function readHeader(cells: readonly string[]): { header: CsvHeader; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const seen = new Map<KolColumn, string>()
  const columns = cells.map((cell) => {
    const text = cell.trim()
    if (!text) return null
    const column = columnNamed(text)
    if (!column) {
      issues.push({
        row: 1,
        column: text,
        severity: 'warning',
        reason: { zh: '无法识别的列，已忽略（列名见 docs/kol-import.md）', en: 'unknown column, ignored (see docs/kol-import.md for the columns)' },
      })
      return null
    }
    const earlier = seen.get(column)
    if (earlier !== undefined) {
      issues.push({
        row: 1,
        column: text,
        severity: 'error',
        reason: { zh: `与「${earlier}」是同一列，只能出现一次`, en: `the same column as “${earlier}”; it may appear once` },
      })
      return null
    }
    seen.set(column, text)
    return column
  })
  for (const path of REQUIRED_PATHS) {
    const column = columnAt(path)
    if (!seen.has(column)) {
      issues.push({
        row: 1,
        column: column.header.zh,
        severity: 'error',
        reason: {
          zh: `缺少必填列「${column.header.zh}」（或 ${column.header.en}）`,
          en: `the required column “${column.header.en}” (${column.header.zh}) is missing`,
        },
      })
    }
  }
  const nameOrId = [columnAt('name'), columnAt('id')]
  if (!nameOrId.some((column) => seen.has(column))) {
    issues.push({
      row: 1,
      column: columnAt('name').header.zh,
      severity: 'error',
      reason: { zh: '缺少「达人名称」列（或「达人ID」列）', en: 'the column “name” (or “kolId”) is missing' },
    })
  }
  return { header: { columns, labels: cells.map((cell) => cell.trim()) }, issues }
}

/** A header the file cannot be read with: each of its errors refuses the whole file. */
export const isFatalHeader = (issues: readonly ImportIssue[]) => issues.some((issue) => issue.severity === 'error')

/** The header text the file uses for a column, for naming it in a finding (the Chinese header if absent). */
export function headerLabels(header: CsvHeader): (path: string) => string {
  const labels = new Map(header.columns.flatMap((column, index) => (column ? [[column.path, header.labels[index]!] as const] : [])))
  return (path) => labels.get(path) ?? columnAt(path).header.zh
}
