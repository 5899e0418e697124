import type { Payload, Where } from 'payload'

import type { User } from '../payload-types'
import type { CampaignRow, CollaborationRow, DeliverableItem, SpendRow, StageCount } from './collaborations'
import type { AssetRow, VariantItem, VariantTransitionEntry } from './content'

import { hasRole } from '../auth/roles'
import { idOf, type Ref } from '../refs/idOf'
import { COLLABORATION_STAGES } from '../collaborations/stages'
import { collaborationFunnel, deliverablesDue, spendVsBudget } from './collaborations'
import { approvedUnscheduled, blockingComplianceHits, latestTransitions, returnedDrafts, reviewQueue, scheduledWithin } from './content'
import * as filters from './filters'
import { adminListUrl, type ListFilter } from './listLinks'
import { beijingDay, beijingWeek } from './periods'
import { type DashboardSection, sectionsFor } from './sections'

/**
 * At most this many rows are read for a section's list; the section's number still counts them
 * all (except where the dashboard itself works out the set, which it then marks as capped).
 */
export const ROWS_READ = 100
/** Active campaigns shown in the spend chart, the most committed; the section links to the rest. */
export const CAMPAIGNS_SHOWN = 20

/**
 * A number on the dashboard and the filtered list it opens, which shows that many rows. `capped`:
 * there are more than the list holds (a set the dashboard worked out from its first ROWS_READ rows).
 */
export type Counted = { count: number; href: string; capped: boolean }

export type DashboardData = {
  sections: DashboardSection[]
  /** Sections whose data could not be read (the error is logged): the rest of the dashboard still shows. */
  failed: DashboardSection[]
  /** Today and this week, Beijing days (YYYY-MM-DD). */
  today: string
  week: { first: string; last: string }
  returnedDrafts?: { total: Counted; items: VariantItem[] }
  complianceHits?: { total: Counted; items: VariantItem[] }
  reviewQueue?: { total: Counted; items: VariantItem[] }
  approvedUnscheduled?: { total: Counted; items: VariantItem[] }
  todaySchedule?: { total: Counted; items: VariantItem[] }
  funnel?: { pipeline: (StageCount & { href: string })[]; cancelled: StageCount & { href: string }; active: number }
  /** `itemsHref`: the collaborations the items come from (due by the week's end, overdue included). */
  deliverables?: { dueThisWeek: Counted; overdue: Counted; items: DeliverableItem[]; itemsHref: string }
  /** `total`: every active campaign with a budget, linking to their list; the rows are the most committed of them. */
  spend?: { rows: (SpendRow & { committedHref: string })[]; total: Counted }
  ugcQueue?: { total: Counted; oldest: { id: number | string; title: string; createdAt: string } | null }
}

const VARIANT_FIELDS = { format: true, status: true, title: true, scheduledAt: true } as const

/**
 * Everything on the signed-in user's dashboard, read with their own access (`overrideAccess:
 * false`), so no number comes from data they may not read: fees and budgets only reach KOL
 * managers and administrators. Content is read as the admin's list view reads it (latest drafts),
 * so each number matches the list it links to. Every read is bounded: counts, or at most
 * ROWS_READ rows with only the fields shown, at depth 0; names are read in one query per collection.
 */
export async function loadDashboard(payload: Payload, user: User, now: Date = new Date()): Promise<DashboardData> {
  const sections = sectionsFor(user)
  const adminRoute = payload.config.routes.admin
  const today = beijingDay(now)
  const week = beijingWeek(now)
  const as = { user, overrideAccess: false as const, depth: 0 }
  const counted = (filter: ListFilter, count: number, capped = false): Counted => ({ count, href: adminListUrl(adminRoute, filter), capped })

  const findAssets = async (where: Where, sort: string | undefined, withChecks = false) => {
    const found = await payload.find({
      collection: 'content-assets',
      where,
      sort,
      limit: ROWS_READ,
      draft: true,
      select: { title: true, updatedAt: true, variants: withChecks ? { ...VARIANT_FIELDS, checks: true } : VARIANT_FIELDS },
      ...as,
    })
    return { ...found, docs: found.docs as unknown as AssetRow[] }
  }

  /** The audit log's submissions and rejections of these assets' variants, in one query. */
  const transitionsOf = async (assets: readonly AssetRow[], status: 'in_review' | 'rejected') => {
    const variantIds = assets.flatMap((asset) =>
      (asset.variants ?? []).filter((variant) => variant.status === status && variant.id).map((variant) => variant.id!),
    )
    if (variantIds.length === 0) return latestTransitions([])
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { targetCollection: { equals: 'content-assets' } },
          // documentId is indexed; variantId narrows it down to the variants shown.
          { documentId: { in: assets.map((asset) => String(asset.id)) } },
          { variantId: { in: variantIds } },
          { to: { in: ['in_review', 'rejected'] } },
        ],
      },
      // Newest first: however often a variant went back and forth, its latest moves come before the cut.
      sort: '-createdAt',
      limit: ROWS_READ * 10,
      select: { variantId: true, to: true, reason: true, user: true, actor: true, createdAt: true },
      ...as,
    })
    return latestTransitions(docs as VariantTransitionEntry[])
  }

  const loaders: { [S in DashboardSection]: () => Promise<DashboardData[S]> } = {
    returnedDrafts: async () => {
      const filter = filters.returnedDrafts()
      const found = await findAssets(filter.where, filter.sort)
      const everyone = hasRole(user, 'admin')
      const { items, assetIds } = returnedDrafts(found.docs, await transitionsOf(found.docs, 'rejected'), everyone ? null : user.id)
      return {
        total: everyone ? counted(filter, found.totalDocs) : counted(filters.assetsWithIds(assetIds), assetIds.length, found.totalDocs > found.docs.length),
        items,
      }
    },
    complianceHits: async () => {
      const found = await findAssets(filters.unapprovedWithBlockingHits, '-updatedAt', true)
      const ids = found.docs.map((asset) => asset.id)
      return { total: counted(filters.assetsWithIds(ids), ids.length, found.totalDocs > ids.length), items: blockingComplianceHits(found.docs) }
    },
    reviewQueue: async () => {
      const filter = filters.reviewQueue()
      const found = await findAssets(filter.where, filter.sort)
      return { total: counted(filter, found.totalDocs), items: reviewQueue(found.docs, await transitionsOf(found.docs, 'in_review')) }
    },
    approvedUnscheduled: async () => {
      const filter = filters.approvedUnscheduled()
      const found = await findAssets(filter.where, filter.sort)
      return { total: counted(filter, found.totalDocs), items: approvedUnscheduled(found.docs) }
    },
    todaySchedule: async () => {
      const filter = filters.scheduledWithin(today)
      const found = await findAssets(filter.where, filter.sort)
      return { total: counted(filter, found.totalDocs), items: scheduledWithin(found.docs, today) }
    },
    funnel: async () => {
      const counts = await Promise.all(
        COLLABORATION_STAGES.map(async (stage) => {
          const { totalDocs } = await payload.count({ collection: 'collaborations', where: filters.collaborationsAt(stage).where, user, overrideAccess: false })
          return [stage, totalDocs] as const
        }),
      )
      const { pipeline, cancelled, active } = collaborationFunnel(Object.fromEntries(counts))
      const linked = (entry: StageCount) => ({ ...entry, href: adminListUrl(adminRoute, filters.collaborationsAt(entry.stage)) })
      return { pipeline: pipeline.map(linked), cancelled: linked(cancelled), active }
    },
    deliverables: async () => {
      const count = async (filter: ListFilter) =>
        counted(filter, (await payload.count({ collection: 'collaborations', where: filter.where, user, overrideAccess: false })).totalDocs)
      const dueBy = filters.deliverablesDueBy(week)
      const [dueThisWeek, overdue, found] = await Promise.all([
        count(filters.deliverablesDueWithin(week)),
        count(filters.deliverablesOverdue(today)),
        payload.find({
          collection: 'collaborations',
          where: dueBy.where,
          sort: 'updatedAt',
          limit: ROWS_READ,
          select: { kol: true, campaign: true, stage: true, deliverables: { format: true, dueDate: true, publishedUrl: true } },
          ...as,
        }),
      ])
      const collaborations = found.docs as unknown as CollaborationRow[]
      const names = await namesOf(payload, user, collaborations)
      return { dueThisWeek, overdue, items: deliverablesDue(collaborations, names, week, today), itemsHref: adminListUrl(adminRoute, dueBy) }
    },
    spend: async () => {
      const filter = filters.budgetedActiveCampaigns()
      const { docs, totalDocs } = await payload.find({
        collection: 'campaigns',
        where: filter.where,
        sort: filter.sort,
        limit: CAMPAIGNS_SHOWN,
        select: { name: true, budget: true },
        ...as,
      })
      return {
        total: counted(filter, totalDocs),
        rows: spendVsBudget(docs as CampaignRow[]).map((row) => ({
          ...row,
          committedHref: adminListUrl(adminRoute, filters.committedCollaborations(row.campaignId)),
        })),
      }
    },
    ugcQueue: async () => {
      const filter = filters.pendingUgc()
      const found = await payload.find({
        collection: 'ugc-submissions',
        where: filter.where,
        sort: filter.sort,
        limit: 1,
        select: { title: true, createdAt: true },
        ...as,
      })
      const oldest = found.docs[0]
      return {
        total: counted(filter, found.totalDocs),
        oldest: oldest ? { id: oldest.id, title: oldest.title ?? `#${oldest.id}`, createdAt: oldest.createdAt } : null,
      }
    },
  }

  // The admin home must open even when one section's query fails: that section says so, the others show.
  const settled = await Promise.allSettled(sections.map((section) => loaders[section]()))
  const failed: DashboardSection[] = []
  const loaded = settled.flatMap((result, index) => {
    if (result.status === 'fulfilled') return [[sections[index], result.value] as const]
    payload.logger.error({ err: result.reason, section: sections[index], user: user.id }, 'A dashboard section could not be loaded')
    failed.push(sections[index]!)
    return []
  })
  return { sections, failed, today: today.first, week: { first: week.first, last: week.last }, ...Object.fromEntries(loaded) }
}

/** The names of the KOLs and campaigns of these collaborations: one query per collection. */
async function namesOf(payload: Payload, user: User, collaborations: readonly CollaborationRow[]) {
  const idsOf = (refs: Ref[]) => [...new Set(refs.map(idOf).filter((id) => id !== null))]
  const read = async (collection: 'kols' | 'campaigns', ids: (number | string)[]) => {
    if (ids.length === 0) return new Map<string, string>()
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      limit: ids.length,
      select: { name: true },
      depth: 0,
      user,
      overrideAccess: false,
    })
    return new Map(docs.map((doc) => [String(doc.id), (doc as { name: string }).name]))
  }
  const [kols, campaigns] = await Promise.all([
    read('kols', idsOf(collaborations.map((collaboration) => collaboration.kol))),
    read('campaigns', idsOf(collaborations.map((collaboration) => collaboration.campaign))),
  ])
  return { kols, campaigns }
}
