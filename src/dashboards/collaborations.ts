import type { FormatId } from '../platforms/types'
import type { Period } from './periods'

import { dueDayOf, isUnpublished } from '../collaborations/deliverables'
import { COLLABORATION_STAGES, type CollaborationStage } from '../collaborations/stages'
import { idOf, type Ref } from '../refs/idOf'
import { CLOSED_STAGES } from './filters'

export type StageCount = { stage: CollaborationStage; count: number }

/**
 * The pipeline in COLLABORATION_STAGES order, cancelled apart: a called-off collaboration is not
 * a step of the funnel but its leak, so it is counted beside it rather than at its end.
 */
export function collaborationFunnel(counts: Partial<Record<CollaborationStage, number>>): {
  pipeline: StageCount[]
  cancelled: StageCount
  active: number
} {
  const pipeline = COLLABORATION_STAGES.filter((stage) => stage !== 'cancelled').map((stage) => ({ stage, count: counts[stage] ?? 0 }))
  return {
    pipeline,
    cancelled: { stage: 'cancelled', count: counts.cancelled ?? 0 },
    active: pipeline.reduce((sum, { count }) => sum + count, 0),
  }
}

/** A collaboration as the dashboard reads it (`select`ed, depth 0). */
export type CollaborationRow = {
  id: number | string
  kol: Ref
  campaign: Ref
  stage: CollaborationStage
  deliverables?: { id?: string | null; format: FormatId; dueDate?: string | null; publishedUrl?: string | null }[] | null
}

export type DeliverableItem = {
  collaborationId: number | string
  deliverableId: string | null
  kol: string
  campaign: string
  format: FormatId
  dueDate: string
  /** The Beijing day it is due, YYYY-MM-DD. */
  dueDay: string
  /** Its due day has passed and it is not published. */
  overdue: boolean
}

/**
 * Deliverables of open collaborations due by the end of the week and not yet published (no
 * published URL), the earliest first: this week's, and any still outstanding from before,
 * flagged overdue once their Beijing due day is over.
 */
export function deliverablesDue(
  collaborations: readonly CollaborationRow[],
  names: { kols: ReadonlyMap<string, string>; campaigns: ReadonlyMap<string, string> },
  week: Period,
  today: Period,
): DeliverableItem[] {
  return collaborations
    .filter((collaboration) => !CLOSED_STAGES.includes(collaboration.stage))
    .flatMap((collaboration) =>
      (collaboration.deliverables ?? [])
        .filter((deliverable) => deliverable.dueDate && isUnpublished(deliverable) && Date.parse(deliverable.dueDate) < week.end.getTime())
        .map((deliverable) => ({
          collaborationId: collaboration.id,
          deliverableId: deliverable.id ?? null,
          kol: names.kols.get(String(idOf(collaboration.kol))) ?? '—',
          campaign: names.campaigns.get(String(idOf(collaboration.campaign))) ?? '—',
          format: deliverable.format,
          dueDate: new Date(deliverable.dueDate!).toISOString(),
          ...dueDayOf(deliverable.dueDate!, today.start),
        })),
    )
    .sort((a, b) => Date.parse(a.dueDate) - Date.parse(b.dueDate))
}

/** A campaign as the dashboard reads it; `budget` is absent for readers who may not see it. */
export type CampaignRow = {
  id: number | string
  name: string
  budget?: { total?: number | null; committed?: number | null; remaining?: number | null } | null
}

export type SpendRow = {
  campaignId: number | string
  name: string
  budget: number
  committed: number
  remaining: number
  /** Committed spend as a share of the budget (0 when the budget is 0). */
  share: number
  overBudget: boolean
}

/**
 * Committed spend and what remains of the budget, both kept on the campaign by its deriveBudget
 * hook (fees of collaborations from contracting on; none yet when the hook has not run), for
 * campaigns that have a budget, the most committed first (as they are read).
 */
export const spendVsBudget = (campaigns: readonly CampaignRow[]): SpendRow[] =>
  campaigns
    .filter((campaign) => typeof campaign.budget?.total === 'number')
    .map((campaign) => {
      const budget = campaign.budget!.total!
      const committed = campaign.budget!.committed ?? 0
      return {
        campaignId: campaign.id,
        name: campaign.name,
        budget,
        committed,
        remaining: campaign.budget!.remaining ?? budget,
        share: budget > 0 ? committed / budget : 0,
        overBudget: committed > budget,
      }
    })
    .sort((a, b) => b.committed - a.committed || String(a.name).localeCompare(String(b.name)))
