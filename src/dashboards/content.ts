import type { ComplianceHit } from '../compliance/types'
import type { ChannelId, FormatId } from '../platforms/types'
import type { Period } from './periods'

import { FORMAT_RULES } from '../platforms/rules'
import { idOf, type Ref } from '../refs/idOf'
import type { ContentStatus } from '../workflow'
import { SCHEDULE_STATUSES, UNAPPROVED_STATUSES } from './filters'

/** A variant as the dashboard reads it (`select`ed, depth 0). */
export type VariantRow = {
  id?: string | null
  format: FormatId
  status?: ContentStatus | null
  title?: string | null
  scheduledAt?: string | null
  checks?: unknown
}

export type AssetRow = { id: number | string; title: string; updatedAt?: string | null; variants?: VariantRow[] | null }

/** An audit-log entry of a variant's move, as the dashboard reads it. */
export type VariantTransitionEntry = {
  variantId?: string | null
  to: string
  reason?: string | null
  user?: Ref
  actor?: string | null
  createdAt: string
}

/** One variant on the dashboard, with what the section says about it. */
export type VariantItem = {
  assetId: number | string
  variantId: string | null
  format: FormatId
  channel: ChannelId
  /** The variant's own title where its format has one, else the asset's. */
  title: string
  assetTitle: string
  status: ContentStatus
  /** When it was submitted, sent back or is planned to go out (ISO), depending on the section. */
  at: string | null
  /** Who submitted or sent it back (the audit log's actor). */
  by?: string | null
  /** The reviewer's reason for sending it back. */
  reason?: string | null
  /** Blocking compliance hits, one per term and rule. */
  hits?: Pick<ComplianceHit, 'rule' | 'term' | 'message'>[]
}

/** The latest submission for review and the latest rejection of each variant. */
export type LatestTransitions = Map<string, { submitted?: VariantTransitionEntry; rejected?: VariantTransitionEntry }>

const later = (a: VariantTransitionEntry | undefined, b: VariantTransitionEntry) => (!a || Date.parse(b.createdAt) > Date.parse(a.createdAt) ? b : a)

export function latestTransitions(entries: readonly VariantTransitionEntry[]): LatestTransitions {
  const latest: LatestTransitions = new Map()
  for (const entry of entries) {
    if (!entry.variantId) continue
    const current = latest.get(entry.variantId) ?? {}
    if (entry.to === 'in_review') current.submitted = later(current.submitted, entry)
    if (entry.to === 'rejected') current.rejected = later(current.rejected, entry)
    latest.set(entry.variantId, current)
  }
  return latest
}

function itemOf(asset: AssetRow, variant: VariantRow, at: string | null): VariantItem {
  return {
    assetId: asset.id,
    variantId: variant.id ?? null,
    format: variant.format,
    channel: FORMAT_RULES[variant.format].channel,
    title: variant.title?.trim() || asset.title,
    assetTitle: asset.title,
    status: variant.status ?? 'draft',
    at,
  }
}

const variantsOf = (assets: readonly AssetRow[], statuses: readonly ContentStatus[]) =>
  assets.flatMap((asset) =>
    (asset.variants ?? [])
      .filter((variant) => FORMAT_RULES[variant.format] && statuses.includes(variant.status ?? 'draft'))
      .map((variant) => ({ asset, variant })),
  )

const time = (at: string | null) => (at ? Date.parse(at) : Number.POSITIVE_INFINITY)
const byTime = (a: VariantItem, b: VariantItem) => time(a.at) - time(b.at)

/**
 * The variants a reviewer sent back to this editor: those whose latest submission for review was
 * theirs (the audit log records who submitted; a returned draft is the submitter's to rework).
 * `submittedBy` null means everyone's (administrators oversee all). The latest rejection first.
 */
export function returnedDrafts(
  assets: readonly AssetRow[],
  transitions: LatestTransitions,
  submittedBy: number | string | null,
): { items: VariantItem[]; assetIds: (number | string)[] } {
  const items = variantsOf(assets, ['rejected'])
    .map(({ asset, variant }) => ({ asset, variant, moves: variant.id ? transitions.get(variant.id) : undefined }))
    .filter(({ moves }) => submittedBy === null || String(idOf(moves?.submitted?.user)) === String(submittedBy))
    .map(({ asset, variant, moves }) => ({
      ...itemOf(asset, variant, moves?.rejected?.createdAt ?? asset.updatedAt ?? null),
      by: moves?.rejected?.actor ?? null,
      reason: moves?.rejected?.reason ?? null,
    }))
    .sort((a, b) => byTime(b, a))
  return { items, assetIds: [...new Set(items.map((item) => item.assetId))] }
}

/** Variants waiting for review, the one submitted longest ago first. */
export const reviewQueue = (assets: readonly AssetRow[], transitions: LatestTransitions): VariantItem[] =>
  variantsOf(assets, ['in_review'])
    .map(({ asset, variant }) => {
      const submitted = variant.id ? transitions.get(variant.id)?.submitted : undefined
      return { ...itemOf(asset, variant, submitted?.createdAt ?? asset.updatedAt ?? null), by: submitted?.actor ?? null }
    })
    .sort(byTime)

/** Approved variants nobody has scheduled yet, the asset changed longest ago first. */
export const approvedUnscheduled = (assets: readonly AssetRow[]): VariantItem[] =>
  variantsOf(assets, ['approved'])
    .map(({ asset, variant }) => itemOf(asset, variant, asset.updatedAt ?? null))
    .sort(byTime)

/** Variants planned (or already out) within the period, in the order they go out. */
export const scheduledWithin = (assets: readonly AssetRow[], period: Period): VariantItem[] =>
  variantsOf(assets, SCHEDULE_STATUSES)
    .filter(({ variant }) => {
      const at = variant.scheduledAt ? Date.parse(variant.scheduledAt) : NaN
      return at >= period.start.getTime() && at < period.end.getTime()
    })
    .map(({ asset, variant }) => itemOf(asset, variant, variant.scheduledAt ?? null))
    .sort(byTime)

const blockingHitsOf = (checks: unknown): ComplianceHit[] => {
  const hits = (checks as { compliance?: { hits?: ComplianceHit[] } } | null | undefined)?.compliance?.hits
  return Array.isArray(hits) ? hits.filter((hit) => hit.level === 'block') : []
}

/** Variants not yet approved whose last check found blocking compliance hits, each term once per rule. */
export const blockingComplianceHits = (assets: readonly AssetRow[]): VariantItem[] =>
  variantsOf(assets, UNAPPROVED_STATUSES).flatMap(({ asset, variant }) => {
    const hits = blockingHitsOf(variant.checks).filter(
      (hit, index, all) => all.findIndex((other) => other.rule === hit.rule && other.term === hit.term) === index,
    )
    return hits.length === 0
      ? []
      : [{ ...itemOf(asset, variant, asset.updatedAt ?? null), hits: hits.map(({ rule, term, message }) => ({ rule, term, message })) }]
  })
