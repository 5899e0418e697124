import type { Localized } from '../i18n/localized'
import type { KolPlatform } from '../taxonomy/kols'
import type { CellValue } from './cells'
import type { ImportIssue } from './issues'
import type { ParsedRow, RowIdentity } from './rows'

import { KOL_PLATFORMS } from '../taxonomy/kols'
import { columnAt } from './columns'

/** An account's identity: platform and handle as written (trimmed, case kept). */
export type AccountRef = { platform: KolPlatform; handle: string }
export const accountKey = ({ platform, handle }: AccountRef) => `${platform}\u0000${handle}`

/**
 * One KOL of the file: its rows (as numbers, not their data), its accounts, and its own columns
 * merged from those rows — all a check needs, and the part of the file an import keeps in memory.
 */
export type FileKol = {
  key: string
  kolId: string | null
  name: string | null
  rows: number[]
  accounts: (AccountRef & { row: number })[]
  /** The KOL's own columns, each from the first of its rows that fills it. */
  values: Record<string, CellValue>
  valueRows: Record<string, number>
  /** A row of this KOL has an error: none of its rows are imported. */
  refused: boolean
}

/** What the database holds of the KOLs a file names (read by lookupKols). */
export type ExistingKol = { id: string; name: string; accounts: readonly AccountRef[] }
export type ExistingKols = {
  /** The KOL an account belongs to, if any. */
  ownerOf: (account: AccountRef) => ExistingKol | undefined
  byId: (id: string) => ExistingKol | undefined
}

export type KolAction = 'create' | 'update' | 'skip'
export type PlannedKol = {
  key: string
  name: string
  action: KolAction
  kolId: string | null
  rows: readonly number[]
  accounts: readonly (AccountRef & { row: number; action: 'create' | 'update' })[]
}

const platformLabel = (platform: string): Localized => KOL_PLATFORMS.find((entry) => entry.value === platform)?.label ?? { zh: platform, en: platform }
const same = (a: CellValue, b: CellValue) => JSON.stringify(a) === JSON.stringify(b)
/** Rows are grouped by ID, else by name (spacing, width and case aside). */
const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
const fileKeyOf = (row: Pick<ParsedRow, 'kolId' | 'name'>) => (row.kolId ? `id:${row.kolId}` : `name:${nameKey(row.name!)}`)

/**
 * The file's KOLs as its rows arrive, with what only the whole file can say: one account per
 * platform and handle in the file, one account per platform per KOL, and the KOL's own columns
 * agreeing across its rows (a blank cell takes the value of the KOL's other rows).
 */
export class FilePlan {
  readonly kols = new Map<string, FileKol>()
  private readonly accounts = new Map<string, { row: number; key: string }>()

  /** Adds a row that passed its own check; returns what is wrong with it in the file's context. */
  add(parsed: ParsedRow, label: (path: string) => string): ImportIssue[] {
    const issues: ImportIssue[] = []
    const error = (path: string, reason: Localized) => issues.push({ row: parsed.row, column: label(path), reason, severity: 'error' })
    const key = fileKeyOf(parsed)
    const kol = this.kols.get(key) ?? {
      key,
      kolId: parsed.kolId,
      name: parsed.name,
      rows: [],
      accounts: [],
      values: {},
      valueRows: {},
      refused: false,
    }
    this.kols.set(key, kol)
    kol.rows.push(parsed.row)

    const { platform, handle } = parsed.account
    const account = accountKey({ platform, handle })
    const earlier = this.accounts.get(account)
    const samePlatform = kol.accounts.find((other) => other.platform === platform)
    if (earlier) {
      error('handle', {
        zh: `与第 ${earlier.row} 行重复：${platformLabel(platform).zh}账号「${handle}」在文件中只能出现一次`,
        en: `repeats row ${earlier.row}: the ${platformLabel(platform).en} account “${handle}” may appear once in the file`,
      })
    } else if (samePlatform) {
      error('platform', {
        zh: `同一达人在第 ${samePlatform.row} 行已有${platformLabel(platform).zh}账号「${samePlatform.handle}」；每个平台只能有一个账号`,
        en: `this KOL already has the ${platformLabel(platform).en} account “${samePlatform.handle}” on row ${samePlatform.row}; one account per platform`,
      })
    } else {
      this.accounts.set(account, { row: parsed.row, key })
      kol.accounts.push({ platform, handle, row: parsed.row })
    }

    const values: Record<string, CellValue> = parsed.name ? { ...parsed.kol, name: parsed.name } : { ...parsed.kol }
    for (const [path, value] of Object.entries(values)) {
      const firstRow = kol.valueRows[path]
      if (firstRow === undefined) {
        kol.values[path] = value
        kol.valueRows[path] = parsed.row
      } else if (!same(kol.values[path]!, value)) {
        const header = columnAt(path).header
        error(path, {
          zh: `与同一达人第 ${firstRow} 行的「${header.zh}」不一致`,
          en: `differs from “${header.en}” on row ${firstRow} of the same KOL`,
        })
      }
    }
    if (issues.length > 0) kol.refused = true
    return issues
  }

  /** A row with errors of its own: its KOL, when the row names one, is not imported either (false: it names none). */
  refuse(row: RowIdentity): boolean {
    if (!row.kolId && !row.name) return false
    const key = fileKeyOf(row)
    const kol = this.kols.get(key)
    if (kol) {
      kol.rows.push(row.row)
      kol.refused = true
    } else {
      this.kols.set(key, { key, kolId: row.kolId, name: row.name, rows: [row.row], accounts: [], values: {}, valueRows: {}, refused: true })
    }
    return true
  }

  /** Every platform and handle of the file (to look up), and every KOL ID it names. */
  references(): { accounts: AccountRef[]; kolIds: string[] } {
    const kols = [...this.kols.values()].filter((kol) => !kol.refused)
    return { accounts: kols.flatMap((kol) => kol.accounts), kolIds: kols.flatMap((kol) => (kol.kolId ? [kol.kolId] : [])) }
  }
}

const nameOf = (kol: ExistingKol) => `「${kol.name}」（ID ${kol.id}）`
const nameOfEn = (kol: ExistingKol) => `“${kol.name}” (ID ${kol.id})`

/**
 * Upsert by platform + handle: a KOL of the file whose accounts already exist updates the KOL they
 * belong to (or the one its ID names); otherwise it is created. Refused, with a reason on the rows
 * concerned: an ID that does not exist, accounts that belong to different KOLs, and a new account
 * on a platform where the KOL already has another handle.
 */
export function resolveKol(kol: FileKol, existing: ExistingKols, label: (path: string) => string): { planned: PlannedKol; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const error = (row: number, path: string, reason: Localized) => issues.push({ row, column: label(path), reason, severity: 'error' })
  const name = (kol.values.name as string | undefined) ?? kol.name ?? ''
  const skip = (): { planned: PlannedKol; issues: ImportIssue[] } => ({
    planned: { key: kol.key, name, action: 'skip', kolId: kol.kolId, rows: kol.rows, accounts: [] },
    issues,
  })
  if (kol.refused) return skip()

  let target: ExistingKol | undefined
  if (kol.kolId) {
    target = existing.byId(kol.kolId)
    if (!target) {
      error(kol.valueRows.id ?? kol.rows[0]!, 'id', { zh: `找不到 ID 为 ${kol.kolId} 的达人`, en: `there is no KOL with the ID ${kol.kolId}` })
      return skip()
    }
  }
  const owners = new Map<string, ExistingKol>()
  for (const account of kol.accounts) {
    const owner = existing.ownerOf(account)
    if (owner) owners.set(owner.id, owner)
  }
  target ??= owners.size === 1 ? [...owners.values()][0] : undefined
  for (const account of kol.accounts) {
    const owner = existing.ownerOf(account)
    if (!owner || owner.id === target?.id) continue
    error(
      account.row,
      'handle',
      target
        ? {
            zh: `该${platformLabel(account.platform).zh}账号已属于达人${nameOf(owner)}，不是${nameOf(target)}`,
            en: `this ${platformLabel(account.platform).en} account belongs to ${nameOfEn(owner)}, not ${nameOfEn(target)}`,
          }
        : {
            zh: `本达人的账号在系统中分属不同达人：${[...owners.values()].map(nameOf).join('、')}；请拆分为不同达人或填写达人ID`,
            en: `this KOL’s accounts belong to different KOLs: ${[...owners.values()].map(nameOfEn).join(', ')}; split the rows or give a kolId`,
          },
    )
  }
  if (target) {
    for (const account of kol.accounts) {
      const held = target.accounts.find((other) => other.platform === account.platform)
      if (held && held.handle !== account.handle) {
        error(account.row, 'handle', {
          zh: `达人${nameOf(target)}已有${platformLabel(account.platform).zh}账号「${held.handle}」；每个平台只能有一个账号`,
          en: `${nameOfEn(target)} already has the ${platformLabel(account.platform).en} account “${held.handle}”; one account per platform`,
        })
      }
    }
  }
  if (issues.length > 0) return skip()
  const accounts = kol.accounts.map((account) => ({ ...account, action: target && existing.ownerOf(account) ? ('update' as const) : ('create' as const) }))
  return {
    planned: { key: kol.key, name: name || target?.name || '', action: target ? 'update' : 'create', kolId: target?.id ?? null, rows: kol.rows, accounts },
    issues,
  }
}
