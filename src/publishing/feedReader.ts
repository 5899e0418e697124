import type { Payload, Where } from 'payload'

import { LRUCache } from 'lru-cache'

import type { ChannelId } from '../platforms/types'
import type { ContentStatus } from '../workflow/statuses'
import type { FeedCursor } from './cursor'
import type { FeedItem } from './feedItem'

import { drizzleOperators, isSqlAdapter, sqlAdapterOf } from '../db/sqlAdapter'

/** One page request. Empty brand list = any brand (the key is not limited to brands). */
export type FeedQuery = {
  /** Empty = every channel. */
  channels: readonly ChannelId[]
  statuses: readonly ContentStatus[]
  brandIds: readonly string[]
  productId?: string
  tag?: string
  since?: string | null
  after?: FeedCursor | null
  first: number
}

export type FeedRow = { variantId: string; changedAt: string; contentHash: string }
export type FeedPage = { items: (FeedItem & { changedAt: string })[]; hasNextPage: boolean }

/** PostgreSQL returns timestamps as '2026-11-23 10:00:00.123+00'; cursors and clients use ISO 8601. */
const isoTime = (value: unknown): string => new Date(value as string).toISOString()

/**
 * The hot path of publishFeed: one indexed query on the feed table for the page's keys, in keyset
 * order (no count, no offset), with only three narrow columns.
 */
async function readRowsWithSql(payload: Payload, query: FeedQuery): Promise<FeedRow[]> {
  const db = sqlAdapterOf(payload)
  const { and, asc, eq, gt, gte, inArray, or } = await drizzleOperators(db)
  const feed = db.tables.publish_feed as Record<string, never>
  const conditions = [inArray(feed.status, [...query.statuses] as never[])]
  if (query.channels.length > 0) conditions.push(inArray(feed.channel, [...query.channels] as never[]))
  if (query.brandIds.length > 0) conditions.push(inArray(feed.brand, query.brandIds.map(Number) as never[]))
  if (query.since) conditions.push(gte(feed.changedAt, query.since as never))
  if (query.after) {
    const { changedAt, variantId } = query.after
    conditions.push(or(gt(feed.changedAt, changedAt as never), and(eq(feed.changedAt, changedAt as never), gt(feed.variantId, variantId as never)))!)
  }
  const rows = await db.drizzle
    .select({ variantId: feed.variantId, changedAt: feed.changedAt, contentHash: feed.contentHash })
    .from(feed)
    .where(and(...conditions))
    .orderBy(asc(feed.changedAt), asc(feed.variantId))
    .limit(query.first + 1)
  return rows.map((row) => ({ variantId: row.variantId as string, changedAt: isoTime(row.changedAt), contentHash: row.contentHash as string }))
}

async function readItemsWithSql(payload: Payload, variantIds: string[]): Promise<FeedItem[]> {
  const db = sqlAdapterOf(payload)
  const { inArray } = await drizzleOperators(db)
  const feed = db.tables.publish_feed as Record<string, never>
  const rows = await db.drizzle
    .select({ item: feed.item })
    .from(feed)
    .where(inArray(feed.variantId, variantIds as never[]))
  return rows.map((row) => (typeof row.item === 'string' ? JSON.parse(row.item) : row.item) as FeedItem)
}

/** The same query through Payload's Local API: every adapter (MongoDB), and filters on products and tags. */
function whereOf(query: FeedQuery): Where {
  const conditions: Where[] = [{ status: { in: [...query.statuses] } }]
  if (query.channels.length > 0) conditions.push({ channel: { in: [...query.channels] } })
  if (query.brandIds.length > 0) conditions.push({ brand: { in: [...query.brandIds] } })
  if (query.productId) conditions.push({ products: { contains: query.productId } })
  if (query.tag) conditions.push({ tags: { contains: query.tag } })
  if (query.since) conditions.push({ changedAt: { greater_than_equal: query.since } })
  if (query.after) {
    const { changedAt, variantId } = query.after
    conditions.push({
      or: [{ changedAt: { greater_than: changedAt } }, { and: [{ changedAt: { equals: changedAt } }, { variantId: { greater_than: variantId } }] }],
    })
  }
  return { and: conditions }
}

async function readRowsWithPayload(payload: Payload, query: FeedQuery): Promise<FeedRow[]> {
  const { docs } = await payload.find({
    collection: 'publish-feed',
    where: whereOf(query),
    sort: ['changedAt', 'variantId'],
    limit: query.first + 1,
    pagination: false,
    depth: 0,
    select: { variantId: true, changedAt: true, contentHash: true },
    overrideAccess: true,
  })
  return docs.map((doc) => ({ variantId: doc.variantId, changedAt: isoTime(doc.changedAt), contentHash: doc.contentHash }))
}

async function readItemsWithPayload(payload: Payload, variantIds: string[]): Promise<FeedItem[]> {
  const { docs } = await payload.find({
    collection: 'publish-feed',
    where: { variantId: { in: variantIds } },
    limit: variantIds.length,
    pagination: false,
    depth: 0,
    select: { item: true },
    overrideAccess: true,
  })
  return docs.map((doc) => doc.item as unknown as FeedItem)
}

/**
 * Rendered items by content hash: a hash names one exact item, so a cached entry is never stale,
 * and a page whose items are all cached costs one narrow query. Bounded to keep memory flat.
 */
const itemsByHash = new LRUCache<string, FeedItem>({ max: Number(process.env.FEED_CACHE_ITEMS || 10_000) })

export type FeedReadPath = 'sql' | 'payload'

/**
 * Reads one page of the feed in (changedAt, variantId) order. The SQL path serves publishFeed on
 * SQLite and PostgreSQL; filters on products or tags, and MongoDB, go through Payload's Local API.
 */
export async function readFeedPage(payload: Payload, query: FeedQuery, path?: FeedReadPath): Promise<FeedPage> {
  const useSql = (path ?? (isSqlAdapter(payload.db) && !query.productId && !query.tag ? 'sql' : 'payload')) === 'sql'
  const rows = await (useSql ? readRowsWithSql : readRowsWithPayload)(payload, query)
  const page = rows.slice(0, query.first)

  const missing = page.filter((row) => !itemsByHash.has(row.contentHash)).map((row) => row.variantId)
  const fetched = new Map<string, FeedItem>()
  if (missing.length > 0) {
    for (const item of await (useSql ? readItemsWithSql : readItemsWithPayload)(payload, missing)) {
      itemsByHash.set(item.contentHash, item)
      fetched.set(item.variantId, item)
    }
  }
  const items = page.flatMap((row) => {
    // A row rewritten between the two queries comes back newer than its key: serve the newer one.
    const item = itemsByHash.get(row.contentHash) ?? fetched.get(row.variantId)
    return item ? [{ ...item, changedAt: row.changedAt }] : []
  })
  return { items, hasNextPage: rows.length > query.first }
}
