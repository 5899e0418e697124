import type { Localized } from '../i18n/localized'
import type { KolPlatform } from '../taxonomy/kols'
import type { CellValue } from './cells'
import type { ImportIssue } from './issues'
import type { ParsedRow, RowIdentity } from './rows'

import { kolPlatformLabel } from '../taxonomy/kols'
import { columnAt } from './columns'

/** An account's identity: platform and handle as written (trimmed, case kept). */
export type AccountRef = { platform: KolPlatform; handle: string }
export const accountKey = ({ platform, handle }: AccountRef) => `${platform}\u0000${handle}`

/**
 * One KOL of the file as pass 1 keeps it — no cell values, so memory grows with the number of
 * KOLs, not with the width of the file: where its rows are, its accounts, and for each of its own
 * columns the first row that fills it and a hash of the value there (enough to tell a later row
 * that disagrees; the import reads the values again from the rows in pass 2).
 */
export type FileKol = {
  key: string
  kolId: string | null
  name: string | null
  firstRow: number
  lastRow: number
  rowCount: number
  accounts: (AccountRef & { row: number })[]
  /** Per own column of the file (FilePlan.ownPaths order): first row, then value hash; 0 while blank. */
  own: number[]
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
  firstRow: number
  rowCount: number
  accounts: readonly (AccountRef & { row: number; action: 'create' | 'update' })[]
}

/** cyrb53: a 53-bit hash, so two different values pass for equal about once in 10^15 comparisons. */
function hashOf(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
/** Rows are grouped by ID, else by name (spacing, width and case aside). */
const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
export const fileKeyOf = (row: Pick<ParsedRow, 'kolId' | 'name'>) => (row.kolId ? `id:${row.kolId}` : `name:${nameKey(row.name!)}`)

/**
 * The file's KOLs as its rows arrive, with what only the whole file can say: one account per
 * platform and handle in the file, one account per platform per KOL, and the KOL's own columns
 * agreeing across its rows (a blank cell takes the value of the KOL's other rows).
 */
export class FilePlan {
  readonly kols = new Map<string, FileKol>()
  /** The row of each platform + handle of the file, by a hash of the two. */
  private readonly accountRows = new Map<number, number>()

  /** `ownPaths`: the KOL's own columns the file has, in the header's order. */
  constructor(private readonly ownPaths: readonly string[]) {}

  private kolOf(row: RowIdentity): FileKol {
    const key = fileKeyOf(row)
    let kol = this.kols.get(key)
    if (!kol) {
      kol = { key, kolId: row.kolId, name: row.name, firstRow: row.row, lastRow: row.row, rowCount: 0, accounts: [], own: [], refused: false }
      this.kols.set(key, kol)
    }
    kol.lastRow = row.row
    kol.rowCount += 1
    kol.name ??= row.name
    return kol
  }

  /** Adds a row that passed its own check; returns what is wrong with it in the file's context. */
  add(parsed: ParsedRow, label: (path: string) => string): ImportIssue[] {
    const issues: ImportIssue[] = []
    const error = (path: string, reason: Localized) => issues.push({ row: parsed.row, column: label(path), reason, severity: 'error' })
    const kol = this.kolOf(parsed)

    const { platform, handle } = parsed.account
    const account = hashOf(accountKey({ platform, handle }))
    const earlier = this.accountRows.get(account)
    const samePlatform = kol.accounts.find((other) => other.platform === platform)
    if (earlier) {
      error('handle', {
        zh: `与第 ${earlier} 行重复：${kolPlatformLabel(platform).zh}账号「${handle}」在文件中只能出现一次`,
        en: `repeats row ${earlier}: the ${kolPlatformLabel(platform).en} account “${handle}” may appear once in the file`,
      })
    } else if (samePlatform) {
      error('platform', {
        zh: `同一达人在第 ${samePlatform.row} 行已有${kolPlatformLabel(platform).zh}账号「${samePlatform.handle}」；每个平台只能有一个账号`,
        en: `this KOL already has the ${kolPlatformLabel(platform).en} account “${samePlatform.handle}” on row ${samePlatform.row}; one account per platform`,
      })
    } else {
      this.accountRows.set(account, parsed.row)
      kol.accounts.push({ platform, handle, row: parsed.row })
    }

    this.ownPaths.forEach((path, index) => {
      const value = parsed.kol[path]
      if (value === undefined) return
      const [firstRow = 0, hash = 0] = [kol.own[2 * index], kol.own[2 * index + 1]]
      const valueHash = hashOf(JSON.stringify(value))
      if (firstRow === 0) {
        kol.own[2 * index] = parsed.row
        kol.own[2 * index + 1] = valueHash
      } else if (hash !== valueHash) {
        const header = columnAt(path).header
        error(path, {
          zh: `与同一达人第 ${firstRow} 行的「${header.zh}」不一致`,
          en: `differs from “${header.en}” on row ${firstRow} of the same KOL`,
        })
      }
    })
    if (issues.length > 0) kol.refused = true
    return issues
  }

  /** A row with errors of its own: its KOL, when the row names one, is not imported either (false: it names none). */
  refuse(row: RowIdentity): boolean {
    if (!row.kolId && !row.name) return false
    this.kolOf(row).refused = true
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
  const name = kol.name ?? ''
  const skip = (): { planned: PlannedKol; issues: ImportIssue[] } => ({
    planned: { key: kol.key, name, action: 'skip', kolId: kol.kolId, firstRow: kol.firstRow, rowCount: kol.rowCount, accounts: [] },
    issues,
  })
  if (kol.refused) return skip()

  let target: ExistingKol | undefined
  if (kol.kolId) {
    target = existing.byId(kol.kolId)
    if (!target) {
      error(kol.firstRow, 'id', { zh: `找不到 ID 为 ${kol.kolId} 的达人`, en: `there is no KOL with the ID ${kol.kolId}` })
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
            zh: `该${kolPlatformLabel(account.platform).zh}账号已属于达人${nameOf(owner)}，不是${nameOf(target)}`,
            en: `this ${kolPlatformLabel(account.platform).en} account belongs to ${nameOfEn(owner)}, not ${nameOfEn(target)}`,
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
          zh: `达人${nameOf(target)}已有${kolPlatformLabel(account.platform).zh}账号「${held.handle}」；每个平台只能有一个账号`,
          en: `${nameOfEn(target)} already has the ${kolPlatformLabel(account.platform).en} account “${held.handle}”; one account per platform`,
        })
      }
    }
  }
  if (issues.length > 0) return skip()
  const accounts = kol.accounts.map((account) => ({ ...account, action: target && existing.ownerOf(account) ? ('update' as const) : ('create' as const) }))
  return {
    planned: {
      key: kol.key,
      name: name || target?.name || '',
      action: target ? 'update' : 'create',
      kolId: target?.id ?? null,
      firstRow: kol.firstRow,
      rowCount: kol.rowCount,
      accounts,
    },
    issues,
  }
}
