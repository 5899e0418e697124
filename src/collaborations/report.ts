import type { KolPlatform } from '../taxonomy/kols'

import { cpe, cpm, roi } from '../metrics'
import { COLLABORATION_STAGES, COMMITTED_STAGES, type CollaborationStage, POSTED_STAGES } from './stages'

/** What the report needs of one collaboration. */
export type ReportedCollaboration = {
  kolId: string
  kolName: string
  platform: KolPlatform
  stage: CollaborationStage
  fee: number | null
  views: number
  engagements: number
  orders: number
  gmv: number
}

export type CampaignTargets = { budget: number | null; reach: number | null; engagements: number | null; gmv: number | null; targetCpe: number | null }

export type Performance = {
  collaborations: number
  /** Fees of the collaborations whose posts are out: the spend the results below were bought with. */
  spend: number
  reach: number
  engagements: number
  orders: number
  gmv: number
  cpm: number | null
  cpe: number | null
  roi: number | null
}

export type CampaignReport = {
  funnel: { stage: CollaborationStage; count: number }[]
  budget: { total: number | null; committed: number; settled: number; remaining: number | null; share: number | null }
  totals: Performance
  byKol: (Performance & { kolId: string; kolName: string })[]
  byPlatform: (Performance & { platform: KolPlatform })[]
  kpis: { kpi: 'reach' | 'engagements' | 'gmv' | 'cpe'; target: number; actual: number | null; progress: number | null }[]
}

const feeOf = (collaboration: ReportedCollaboration) => collaboration.fee ?? 0

function performance(collaborations: readonly ReportedCollaboration[]): Performance {
  const delivered = collaborations.filter((collaboration) => POSTED_STAGES.includes(collaboration.stage))
  const sum = (pick: (collaboration: ReportedCollaboration) => number) => delivered.reduce((total, item) => total + pick(item), 0)
  const spend = sum(feeOf)
  const reach = sum((item) => item.views)
  const engagements = sum((item) => item.engagements)
  const gmv = sum((item) => item.gmv)
  return {
    collaborations: collaborations.length,
    spend,
    reach,
    engagements,
    orders: sum((item) => item.orders),
    gmv,
    cpm: cpm(spend, reach),
    cpe: cpe(spend, engagements),
    roi: roi(gmv, spend),
  }
}

function groupBy<Key>(items: readonly ReportedCollaboration[], keyOf: (item: ReportedCollaboration) => Key) {
  const groups = new Map<Key, ReportedCollaboration[]>()
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  return groups
}

/**
 * A campaign's report (SPEC §5): the pipeline funnel, spend against budget, and reach,
 * engagements, CPE and ROI overall, per KOL and per platform. Cancelled collaborations count in
 * the funnel only. KPI progress is actual ÷ target (for CPE, target ÷ actual: lower is better).
 */
export function campaignReport(targets: CampaignTargets, collaborations: readonly ReportedCollaboration[]): CampaignReport {
  const live = collaborations.filter((collaboration) => collaboration.stage !== 'cancelled')
  const committed = live.filter((item) => COMMITTED_STAGES.includes(item.stage)).reduce((total, item) => total + feeOf(item), 0)
  const settled = live.filter((item) => item.stage === 'settled').reduce((total, item) => total + feeOf(item), 0)
  const totals = performance(live)
  const progress = (actual: number | null, target: number | null) => (actual === null || !target ? null : actual / target)

  return {
    funnel: COLLABORATION_STAGES.map((stage) => ({ stage, count: collaborations.filter((item) => item.stage === stage).length })),
    budget: {
      total: targets.budget,
      committed,
      settled,
      remaining: targets.budget === null ? null : targets.budget - committed,
      share: targets.budget ? committed / targets.budget : null,
    },
    totals,
    byKol: [...groupBy(live, (item) => item.kolId)]
      .map(([kolId, items]) => ({ kolId, kolName: items[0]!.kolName, ...performance(items) }))
      .sort((a, b) => b.engagements - a.engagements || a.kolName.localeCompare(b.kolName, 'zh')),
    byPlatform: [...groupBy(live, (item) => item.platform)]
      .map(([platform, items]) => ({ platform, ...performance(items) }))
      .sort((a, b) => b.spend - a.spend || a.platform.localeCompare(b.platform)),
    kpis: [
      { kpi: 'reach' as const, target: targets.reach, actual: totals.reach },
      { kpi: 'engagements' as const, target: targets.engagements, actual: totals.engagements },
      { kpi: 'gmv' as const, target: targets.gmv, actual: totals.gmv },
      { kpi: 'cpe' as const, target: targets.targetCpe, actual: totals.cpe },
    ]
      .filter((row): row is typeof row & { target: number } => row.target !== null && row.target > 0)
      .map((row) => ({
        ...row,
        progress: row.kpi === 'cpe' ? (row.actual ? row.target / row.actual : null) : progress(row.actual, row.target),
      })),
  }
}
