import { z } from 'zod'

import type { Localized } from '../i18n/localized'
import type { KolPlatform } from '../taxonomy/kols'
import type { ImportIssue } from './issues'

import { FORMAT_RULES } from '../platforms'
import { kolPlatformLabel } from '../taxonomy/kols'
import { normalizeHandle } from './handle'
import { type CellValue, cellSchema, type Rate, reasonOfIssue, unguardFormula } from './cells'
import { columnAt, REQUIRED_PATHS } from './columns'
import { type CsvHeader, headerLabels } from './header'

/** A data row read and checked: the KOL's columns and the account's, by field path, blank cells left out. */
export type ParsedRow = {
  row: number
  kolId: string | null
  name: string | null
  kol: Readonly<Record<string, CellValue>>
  account: Readonly<Record<string, CellValue>> & { platform: KolPlatform; handle: string }
}

/** Who a row is about, as typed: even a row with errors keeps its KOL out of the import. */
export type RowIdentity = { row: number; kolId: string | null; name: string | null }

export type RowCheck = { empty: true } | { empty: false; identity: RowIdentity; parsed: ParsedRow | null; issues: ImportIssue[] }

/** Shares of one distribution may add up to a little over 1 from rounding (0.33 + 0.33 + 0.35). */
const SHARE_SUM_TOLERANCE = 0.02

const DISTRIBUTIONS: readonly { paths: readonly string[]; name: Localized }[] = [
  {
    paths: ['audience.age.under18', 'audience.age.age18to24', 'audience.age.age25to34', 'audience.age.age35to44', 'audience.age.age45plus'],
    name: { zh: '年龄分布', en: 'age bands' },
  },
  {
    paths: ['audience.cityTiers.tier1', 'audience.cityTiers.newTier1', 'audience.cityTiers.tier2', 'audience.cityTiers.tier3Below'],
    name: { zh: '城市等级分布', en: 'city tiers' },
  },
]

/**
 * The check of one data row against the file's header, built once per file: every cell through its
 * column's zod schema in one object parse, then what only the whole row can say — a name or ID to
 * group by, rates in the account's own platform's formats, shares of one distribution adding up
 * to at most 1.
 */
export function rowChecker(header: CsvHeader): (cells: readonly string[], row: number) => RowCheck {
  const positions = header.columns.flatMap((column, index) => (column ? [{ column, index }] : []))
  const label = headerLabels(header)
  const required = new Set<string>(REQUIRED_PATHS)
  const schema = z.object(
    Object.fromEntries(positions.map(({ column }) => [column.path, required.has(column.path) ? cellSchema(column) : cellSchema(column).optional()])),
  )

  return (cells, row) => {
    if (cells.every((cell) => !cell.trim())) return { empty: true }
    const issues: ImportIssue[] = []
    const error = (path: string, reason: Localized) => issues.push({ row, column: label(path), reason, severity: 'error' })

    const extra = cells.slice(header.columns.length).filter((cell) => cell.trim()).length
    if (extra > 0) {
      issues.push({
        row,
        column: '',
        severity: 'error',
        reason: { zh: `本行比表头多出 ${extra} 个非空单元格`, en: `${extra} more non-blank cells than the header has columns` },
      })
    }
    const input: Record<string, string> = {}
    for (const { column, index } of positions) {
      const text = cells[index]?.trim()
      if (text) input[column.path] = text
    }
    const identity: RowIdentity = { row, kolId: input.id ?? null, name: input.name ? unguardFormula(input.name) : null }
    const result = schema.safeParse(input)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = String(issue.path[0])
        const reason =
          issue.code === 'invalid_type' ? { zh: `「${label(path)}」不能为空`, en: `“${columnAt(path).header.en}” is required` } : reasonOfIssue(issue)
        error(path, reason)
      }
      return { empty: false, identity, parsed: null, issues }
    }
    const values = result.data as Record<string, CellValue>
    const kolId = (values.id as string | undefined) ?? null
    const name = (values.name as string | undefined) ?? null
    if (!kolId && !name) error('name', { zh: '「达人名称」不能为空（或填写达人ID）', en: '“name” is required (or a kolId)' })

    const platform = values.platform as KolPlatform
    const foreign = ((values.rateCard as Rate[] | undefined) ?? []).filter((rate) => FORMAT_RULES[rate.format].channel !== platform)
    for (const rate of foreign) {
      error('rateCard', {
        zh: `「${FORMAT_RULES[rate.format].label.zh}」不是${kolPlatformLabel(platform).zh}的内容形式`,
        en: `“${FORMAT_RULES[rate.format].label.en}” is not a ${kolPlatformLabel(platform).en} format`,
      })
    }
    for (const distribution of DISTRIBUTIONS) {
      const given = distribution.paths.filter((path) => typeof values[path] === 'number')
      const sum = given.reduce((total, path) => total + (values[path] as number), 0)
      if (sum > 1 + SHARE_SUM_TOLERANCE) {
        error(given[0]!, {
          zh: `${distribution.name.zh}各项合计 ${Number(sum.toFixed(4))}，不能超过 1（100%）`,
          en: `the ${distribution.name.en} add up to ${Number(sum.toFixed(4))}, more than 1 (100%)`,
        })
      }
    }
    if (issues.length > 0) return { empty: false, identity, parsed: null, issues }

    const kol: Record<string, CellValue> = {}
    const account: Record<string, CellValue> = {}
    for (const [path, value] of Object.entries(values)) {
      if (path === 'id') continue
      if (columnAt(path).level === 'kol') kol[path] = value
      else account[path] = value
    }
    account.handle = normalizeHandle(account.handle as string)
    return { empty: false, identity, parsed: { row, kolId, name, kol, account: account as ParsedRow['account'] }, issues }
  }
}
