import type { Payload, Where } from 'payload'

import type { PeerStats } from '../scoring'

import { buildPeerStats } from '../scoring'
import { kolFacts, type IndexedKol, type IndexedKolDoc } from './kolFacts'
import { isSqlAdapter } from '../db/sqlAdapter'
import { readKolsFromSql } from './readKolsFromSql'

/** Documents per page when reading through Payload (MongoDB): bounds the memory of one read. */
const PAGE_SIZE = 500
/** Beyond this many changed KOLs a refresh reads everything again rather than by id. */
const MAX_INCREMENTAL = 500

/** Only what scoring and labelling read: no contact data, no rate card rows, no notes. */
const SELECT = {
  name: true,
  kind: true,
  verticals: true,
  styles: true,
  brandSafetyFlags: true,
  exclusivities: true,
  reputation: true,
  accounts: {
    id: true,
    platform: true,
    handle: true,
    followers: true,
    avgViews: true,
    avgEngagements: true,
    engagementMix: true,
    fakeFollowerRatio: true,
    audience: { femaleShare: true, age: true, cityTiers: true },
    lowestRate: true,
  },
} as const

export type IndexSnapshot = { kols: readonly IndexedKol[]; byId: ReadonlyMap<string, IndexedKol>; peers: PeerStats }

/**
 * The compact scoring index behind kolFitRanking (issue 4: fast at 100k KOL accounts).
 *
 * Design: each server process keeps every KOL as plain scoring facts in memory (a few hundred
 * bytes per account), plus the campaign-independent peer statistics (engagement percentiles per
 * platform × tier, medians). A ranking is then one pass over arrays, never a database read of
 * documents. On the SQL adapters the facts are read table by table (readKolsFromSql); on MongoDB
 * through Payload, page by page.
 *
 * Freshness: before each ranking, one cheap query asks for the KOL count and the latest
 * `updatedAt`. KOLs changed since (updatedAt ≥ the last seen) are read again; a count that no
 * longer matches means deletions, and everything is read again. Because it asks the database
 * rather than listening to hooks, edits by other server instances and by scripts are seen too.
 * Peer statistics are rebuilt only when something changed. The server warms the index at start.
 */
export class KolFitIndex {
  private kols = new Map<string, IndexedKol>()
  private snapshot: IndexSnapshot | null = null
  private seen: { count: number; latest: string } | null = null
  private syncing: Promise<void> | null = null

  constructor(private readonly payload: Payload) {}

  /** Brings the index up to date with the database; concurrent callers share one sync. */
  async current(): Promise<IndexSnapshot> {
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null
    })
    await this.syncing
    if (!this.snapshot) {
      // Peer statistics cache per object: the same KOL objects must go to every ranking.
      const kols = [...this.kols.values()]
      this.snapshot = { kols, byId: this.kols, peers: buildPeerStats(kols) }
    }
    return this.snapshot
  }

  private async sync(): Promise<void> {
    const newest = await this.payload.find({
      collection: 'kols',
      sort: '-updatedAt',
      limit: 1,
      select: { updatedAt: true },
      depth: 0,
      overrideAccess: true,
    })
    const state = { count: newest.totalDocs, latest: newest.docs[0]?.updatedAt ?? '' }
    if (this.seen && this.seen.count === state.count && this.seen.latest === state.latest) return

    // An index that has seen KOLs reads only those changed since; an empty one reads everything.
    const changed = this.seen?.latest ? await this.read(this.seen.latest) : null
    const refresh = changed !== null && changed.length <= MAX_INCREMENTAL
    const kols = refresh ? new Map(this.kols) : new Map<string, IndexedKol>()
    for (const doc of refresh ? changed : await this.read(null)) {
      const facts = kolFacts(doc)
      kols.set(facts.id, facts)
    }
    // Deletions leave the count short of what the index holds: read everything again.
    if (kols.size !== state.count) {
      kols.clear()
      for (const doc of await this.read(null)) kols.set(String(doc.id), kolFacts(doc))
    }
    this.kols = kols
    this.seen = state
    this.snapshot = null
  }

  /** KOLs updated at or after `since` (all when null). */
  private async read(since: string | null): Promise<IndexedKolDoc[]> {
    if (isSqlAdapter(this.payload.db)) return readKolsFromSql(this.payload, since)
    const docs: IndexedKolDoc[] = []
    let after: number | string | null = null
    for (;;) {
      const conditions: Where[] = [
        ...(since ? [{ updatedAt: { greater_than_equal: since } }] : []),
        ...(after === null ? [] : [{ id: { greater_than: after } }]),
      ]
      const page = await this.payload.find({
        collection: 'kols',
        where: conditions.length > 0 ? { and: conditions } : {},
        sort: 'id',
        limit: PAGE_SIZE,
        pagination: false,
        select: SELECT,
        depth: 0,
        overrideAccess: true,
      })
      docs.push(...(page.docs as IndexedKolDoc[]))
      if (page.docs.length < PAGE_SIZE) return docs
      after = page.docs[page.docs.length - 1]!.id
    }
  }
}

const indexes = new WeakMap<Payload, KolFitIndex>()

/** One index per Payload instance (one per process in the server). */
export function kolFitIndex(payload: Payload): KolFitIndex {
  let index = indexes.get(payload)
  if (!index) {
    index = new KolFitIndex(payload)
    indexes.set(payload, index)
  }
  return index
}
