import type { Kol } from '../payload-types'
import type { ParsedRow } from './rows'

type Data = Record<string, unknown>

/** Sets a dotted path, copying each group on the way so the document it came from stays as it was. */
function setPath(target: Data, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...((node[key] as Data | null | undefined) ?? {}) }
    node = node[key] as Data
  }
  node[keys[keys.length - 1]!] = value
}

/**
 * The data a KOL is saved with: its stored document (null: a new KOL) with the values of its rows
 * in the file laid over it. A blank cell changes nothing; a filled one replaces the value (a list,
 * such as verticals or the rate card, as a whole). The KOL's own columns come from the first of its
 * rows that fills them (the check made sure the others agree). Accounts are matched on platform +
 * handle: a matched one is updated in place (its row ID kept), others are added; accounts missing
 * from the file are kept.
 */
export function kolData(rows: readonly Pick<ParsedRow, 'kol' | 'account'>[], existing: Kol | null): Partial<Kol> {
  const own = Object.assign({}, ...rows.toReversed().map((row) => row.kol)) as ParsedRow['kol']
  const data: Data = {}
  for (const [path, value] of Object.entries(own)) {
    const group = path.split('.')[0]!
    if (path.includes('.') && !(group in data)) data[group] = { ...((existing as Data | null)?.[group] as Data | undefined) }
    setPath(data, path, value)
  }
  const accounts: Data[] = (existing?.accounts ?? []).map((account) => ({ ...account }))
  for (const { account: values } of rows) {
    let account = accounts.find((candidate) => candidate.platform === values.platform && candidate.handle === values.handle)
    if (!account) {
      account = {}
      accounts.push(account)
    }
    for (const [path, value] of Object.entries(values)) setPath(account, path, value)
  }
  data.accounts = accounts
  return data as Partial<Kol>
}
