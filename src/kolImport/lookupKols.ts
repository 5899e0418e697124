import type { PayloadRequest, Where } from 'payload'

import type { KolPlatform } from '../taxonomy/kols'

import { type AccountRef, accountKey, type ExistingKol, type ExistingKols } from './plan'

/** Handles or IDs per query: bounded `IN` lists, whatever the size of the file. */
const CHUNK = 200

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK))
  return result
}

/** PostgreSQL's and SQLite's `integer` ceiling: a larger number in `id IN (…)` fails the whole query. */
const MAX_SQL_ID = 2 ** 31 - 1

/**
 * Whether an ID from the file can be an ID of this database (a positive 32-bit integer on SQL,
 * an ObjectId on MongoDB): any other is simply not found, rather than a failing query.
 */
export function isPossibleKolId(id: string, idType: 'number' | 'text'): boolean {
  return idType === 'number' ? /^\d{1,10}$/.test(id) && Number(id) > 0 && Number(id) <= MAX_SQL_ID : /^[a-f\d]{24}$/i.test(id)
}

/**
 * The KOLs that hold the file's accounts or carry its IDs: name and accounts only, read as the
 * importing user (in the KOL's transaction when `req` has one). Accounts are matched on the exact
 * platform and handle; the query narrows by handle, the indexed column.
 */
export async function lookupKols(
  req: PayloadRequest,
  { accounts, kolIds }: { accounts: readonly AccountRef[]; kolIds: readonly string[] },
): Promise<ExistingKols> {
  const kols = new Map<string, ExistingKol>()
  const owners = new Map<string, ExistingKol>()
  const read = async (where: Where) => {
    const { docs } = await req.payload.find({
      collection: 'kols',
      where,
      select: { name: true, accounts: { platform: true, handle: true } },
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
    })
    for (const doc of docs) {
      const kol: ExistingKol = {
        id: String(doc.id),
        name: doc.name,
        accounts: (doc.accounts ?? []).map((account) => ({ platform: account.platform as KolPlatform, handle: account.handle })),
      }
      kols.set(kol.id, kol)
      // The oldest KOL wins should two already share an account (nothing in the database forbids it).
      for (const account of kol.accounts) if (!owners.has(accountKey(account))) owners.set(accountKey(account), kol)
    }
  }
  for (const handles of chunks([...new Set(accounts.map((account) => account.handle))])) await read({ 'accounts.handle': { in: handles } })
  const unseen = [...new Set(kolIds)].filter((id) => !kols.has(id) && isPossibleKolId(id, req.payload.db.defaultIDType))
  for (const ids of chunks(unseen)) await read({ id: { in: ids } })
  return { ownerOf: (account) => owners.get(accountKey(account)), byId: (id) => kols.get(id) }
}
