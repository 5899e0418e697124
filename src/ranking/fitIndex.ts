import type { Payload, Where } from 'payload'

import type { Kol } from '../payload-types'
import type { KolFacts, PeerStats } from '../scoring'
import type { KolKind } from '../taxonomy/kols'

import { buildPeerStats } from '../scoring'
import { kolFacts } from './kolFacts'

/** How a ranking shows a KOL and an account without loading their documents. */
export type KolLabel = { name: string; kind: KolKind; handles: Map<string, string>; followers: Map<string, number | null> }

const PAGE_SIZE = 500

/** Only what scoring and labelling read: no contact data, no rate card rows, no notes. */
const SELECT = {
  name: true,
  kind: true,
  verticals: true,
  styles: true,
  brandSafetyFlags: true,
  exclusivities: true,
  reputation: true,
  updatedAt: true,
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

/**
 * The compact scoring index behind kolFitRanking (issue: fast at 100k KOL accounts).
 *
 * Design: each server process keeps every KOL as plain scoring facts in memory (about 300 bytes
 * per account, so 100k accounts cost tens of MB), plus the campaign-independent peer statistics
 * (engagement percentiles per platform × tier, medians). A ranking is then one pass over arrays,
 * never a database read of full documents.
 *
 * Freshness: before each ranking, one cheap query asks for the KOL count and the latest
 * `updatedAt`. Changed KOLs (updatedAt ≥ the last seen) are read again; a count that no longer
 * matches means deletions, and the index is rebuilt. Because it asks the database rather than
 * listening to hooks, edits made by other server instances or by scripts are seen too. Peer
 * statistics are rebuilt only when something changed.
 */
export class KolFitIndex {
  private kols = new Map<string, KolFacts>()
  private labels = new Map<string, KolLabel>()
  private peers: PeerStats | null = null
  private seen: { count: number; latest: string } | null = null
  private syncing: Promise<void> | null = null

  constructor(private readonly payload: Payload) {}

  /** Brings the index up to date with the database; concurrent callers share one sync. */
  async current(): Promise<{ kols: readonly KolFacts[]; peers: PeerStats; labels: ReadonlyMap<string, KolLabel> }> {
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null
    })
    await this.syncing
    this.peers ??= buildPeerStats([...this.kols.values()])
    return { kols: [...this.kols.values()], peers: this.peers, labels: this.labels }
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

    const incremental = this.seen !== null && state.count >= this.kols.size
    await this.load(incremental && this.seen ? { updatedAt: { greater_than_equal: this.seen.latest } } : undefined, !incremental)
    if (this.kols.size !== state.count) await this.load(undefined, true)
    this.seen = state
    this.peers = null
  }

  /** Reads KOLs in id order, page by page, so memory never holds more than one page of documents. */
  private async load(where: Where | undefined, replace: boolean): Promise<void> {
    const kols = replace ? new Map<string, KolFacts>() : this.kols
    const labels = replace ? new Map<string, KolLabel>() : this.labels
    let after: number | string | null = null
    for (;;) {
      const conditions: Where[] = [...(where ? [where] : []), ...(after === null ? [] : [{ id: { greater_than: after } }])]
      const { docs } = await this.payload.find({
        collection: 'kols',
        where: conditions.length > 0 ? { and: conditions } : {},
        sort: 'id',
        limit: PAGE_SIZE,
        pagination: false,
        select: SELECT,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of docs as Kol[]) {
        const facts = kolFacts(doc)
        kols.set(facts.id, facts)
        labels.set(facts.id, {
          name: doc.name,
          kind: doc.kind,
          handles: new Map((doc.accounts ?? []).map((account) => [String(account.id), account.handle])),
          followers: new Map((doc.accounts ?? []).map((account) => [String(account.id), account.followers ?? null])),
        })
      }
      if (docs.length < PAGE_SIZE) break
      after = docs[docs.length - 1]!.id
    }
    this.kols = kols
    this.labels = labels
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
