import type { Payload } from 'payload'

import type { Kol } from '../payload-types'
import type { IndexedKolDoc } from './kolFacts'

import { drizzleOperators, sqlAdapterOf } from '../db/sqlAdapter'

/** PostgreSQL returns `numeric` columns as strings; SQLite as numbers. */
const number = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

/**
 * Reads the scoring fields of KOLs (all, or those updated since a time) straight from the tables
 * of the SQL adapters: one query per table instead of Payload's document reads with every join,
 * which take about 20 s at 100k accounts against about 2 s here. Column names are those of the
 * committed migrations; a field renamed in collections/Kols must be renamed here too (the scoring
 * index tests read through this path).
 */
export async function readKolsFromSql(payload: Payload, since: string | null): Promise<IndexedKolDoc[]> {
  const db = sqlAdapterOf(payload)
  const { and, gte, inArray, lte } = await drizzleOperators(db)
  const {
    kols,
    kols_accounts: accounts,
    kols_verticals: verticals,
    kols_styles: styles,
    kols_brand_safety_flags: flags,
    kols_exclusivities: exclusivities,
  } = db.tables
  if (!kols || !accounts || !verticals || !styles || !flags || !exclusivities) throw new Error('KOL tables missing: are the migrations applied?')

  let baseQuery = db.drizzle
    .select({
      id: kols.id,
      name: kols.name,
      kind: kols.kind,
      settled: kols.reputation_settled,
      ratingSum: kols.reputation_ratingSum,
      onTime: kols.reputation_onTime,
    })
    .from(kols)
  if (since) baseQuery = baseQuery.where(gte(kols.updatedAt as never, since))
  const base = await baseQuery
  if (base.length === 0) return []

  const ids = base.map((row) => Number(row.id)).sort((a, b) => a - b)
  // Children are read a slice of KOLs at a time, which bounds the rows held at once (100k account
  // rows in one result cost about 450 MB), and put in order here: an ORDER BY over the unindexed
  // (parent, order) pair costs seconds at 100k. A full read takes id ranges; a refresh, id lists
  // short enough for SQLite's limit on bound parameters.
  const slices: number[][] = []
  const sliceSize = since ? 500 : 5_000
  for (let start = 0; start < ids.length; start += sliceSize) slices.push(ids.slice(start, start + sliceSize))
  const docs = new Map<string, IndexedKolDoc>(
    base.map((row) => [
      String(row.id),
      {
        id: row.id as number,
        name: row.name as string,
        kind: row.kind as Kol['kind'],
        reputation: { settled: number(row.settled), ratingSum: number(row.ratingSum), onTime: number(row.onTime) },
        verticals: [],
        styles: [],
        brandSafetyFlags: [],
        exclusivities: [],
        accounts: [],
      },
    ]),
  )
  const docOf = (row: Record<string, unknown>) => docs.get(String(row.parent))
  const children = async (table: Record<string, unknown>, parent: string, fields: Record<string, unknown>, slice: number[]) => {
    const column = table[parent] as never
    const condition = since ? inArray(column, slice as never[]) : and(gte(column, slice[0] as never), lte(column, slice.at(-1) as never))
    const rows = await db.drizzle
      .select({ parent: table[parent], position: table[parent === 'parent' ? 'order' : '_order'], ...fields })
      .from(table)
      .where(condition)
    return rows.sort((a, b) => Number(a.position) - Number(b.position))
  }
  for (const slice of slices) {
    const accountRows = await children(
      accounts,
      '_parentID',
      {
        id: accounts.id,
        platform: accounts.platform,
        handle: accounts.handle,
        followers: accounts.followers,
        avgViews: accounts.avgViews,
        avgEngagements: accounts.avgEngagements,
        likes: accounts.engagementMix_likes,
        comments: accounts.engagementMix_comments,
        shares: accounts.engagementMix_shares,
        saves: accounts.engagementMix_saves,
        fakeFollowerRatio: accounts.fakeFollowerRatio,
        femaleShare: accounts.audience_femaleShare,
        under18: accounts.audience_age_under18,
        age18to24: accounts.audience_age_age18to24,
        age25to34: accounts.audience_age_age25to34,
        age35to44: accounts.audience_age_age35to44,
        age45plus: accounts.audience_age_age45plus,
        tier1: accounts.audience_cityTiers_tier1,
        newTier1: accounts.audience_cityTiers_newTier1,
        tier2: accounts.audience_cityTiers_tier2,
        tier3Below: accounts.audience_cityTiers_tier3Below,
        lowestRate: accounts.lowestRate,
      },
      slice,
    )
    const verticalRows = await children(verticals, 'parent', { value: verticals.value }, slice)
    const styleRows = await children(styles, 'parent', { value: styles.value }, slice)
    const flagRows = await children(flags, 'parent', { value: flags.value }, slice)
    const exclusivityRows = await children(
      exclusivities,
      '_parentID',
      { category: exclusivities.category, brand: exclusivities.brand, until: exclusivities.until },
      slice,
    )
    for (const row of verticalRows) docOf(row)?.verticals?.push(row.value as never)
    for (const row of styleRows) docOf(row)?.styles?.push(row.value as never)
    for (const row of flagRows) docOf(row)?.brandSafetyFlags?.push(row.value as never)
    for (const row of exclusivityRows) {
      docOf(row)?.exclusivities?.push({ category: row.category as never, brand: number(row.brand), until: String(row.until) })
    }
    for (const row of accountRows) {
      docOf(row)?.accounts?.push({
        id: row.id as string,
        platform: row.platform as never,
        handle: row.handle as string,
        followers: number(row.followers),
        avgViews: number(row.avgViews),
        avgEngagements: number(row.avgEngagements),
        engagementMix: { likes: number(row.likes), comments: number(row.comments), shares: number(row.shares), saves: number(row.saves) },
        fakeFollowerRatio: number(row.fakeFollowerRatio),
        audience: {
          femaleShare: number(row.femaleShare),
          age: {
            under18: number(row.under18),
            age18to24: number(row.age18to24),
            age25to34: number(row.age25to34),
            age35to44: number(row.age35to44),
            age45plus: number(row.age45plus),
          },
          cityTiers: { tier1: number(row.tier1), newTier1: number(row.newTier1), tier2: number(row.tier2), tier3Below: number(row.tier3Below) },
        },
        lowestRate: number(row.lowestRate),
      })
    }
  }
  return [...docs.values()]
}
