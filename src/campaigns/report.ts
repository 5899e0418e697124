import type { Where } from 'payload'

import type { CampaignReport, Performance } from '../collaborations/report'
import type { Localized } from '../i18n/localized'
import type { KolPlatform } from '../taxonomy/kols'

import { CHANNEL_COLOURS } from '../admin/shared/channelColours'
import { chinaDayOf, chinaDayStart } from '../calendar/chinaTime'
import { platformLabel } from '../scoring/format'
import { ACCEPTED_UGC_STATUSES } from '../ugc/moderation'

/** What the report view reads of the campaignReport query (src/ranking/graphql.ts; CAMPAIGN_REPORT_QUERY asks for exactly this). */
export type ReportAnswer = {
  /** Every stage in pipeline order, cancelled last, labelled. */
  funnel: (CampaignReport['funnel'][number] & { label: Localized })[]
  budget: Pick<CampaignReport['budget'], 'total' | 'committed' | 'share'>
  totals: Pick<Performance, 'spend' | 'reach' | 'engagements' | 'gmv' | 'cpe' | 'roi'>
  byKol: (Pick<Performance, 'cpe' | 'roi'> & { kolId: string; kolName: string })[]
  byPlatform: (Pick<Performance, 'spend' | 'collaborations'> & { platform: KolPlatform })[]
  kpis: CampaignReport['kpis']
}

export type KpiKey = CampaignReport['kpis'][number]['kpi'] | 'spend' | 'ugc'

export type KpiProgress = {
  kpi: KpiKey
  label: Localized
  unit: 'count' | 'yuan'
  target: number
  actual: number | null
  /** actual ÷ target (target ÷ actual where lower is better, as campaignReport gives it); null: nothing yet. */
  progress: number | null
  /** The bar's fill, 0–1: progress capped at the target. */
  fill: number
  /** CPE: the lower the better, so progress is target ÷ actual. */
  lowerIsBetter: boolean
  /** Spend: more is not better, and going over the budget is the warning. */
  overTarget: boolean
}

export const KPI_LABELS: Record<KpiKey, Localized> = {
  reach: { zh: '曝光', en: 'Reach' },
  engagements: { zh: '互动', en: 'Engagements' },
  gmv: { zh: 'GMV', en: 'GMV' },
  cpe: { zh: 'CPE', en: 'CPE' },
  spend: { zh: '已签约费用 / 预算', en: 'Committed spend / budget' },
  ugc: { zh: 'UGC 数', en: 'UGC count' },
}

const fillOf = (progress: number | null) => (progress === null || !Number.isFinite(progress) ? 0 : Math.max(0, Math.min(progress, 1)))

/**
 * The KPI bars of a campaign: campaignReport's KPIs (reach, engagements, GMV, CPE, as it computed
 * them), committed spend against the budget, and accepted UGC against its target when set.
 */
export function kpiProgress(report: Pick<ReportAnswer, 'kpis' | 'budget'>, ugc: { target: number | null; actual: number } | null): KpiProgress[] {
  const rows: KpiProgress[] = report.kpis.map((row) => ({
    kpi: row.kpi,
    label: KPI_LABELS[row.kpi],
    unit: row.kpi === 'gmv' || row.kpi === 'cpe' ? 'yuan' : 'count',
    target: row.target,
    actual: row.actual,
    progress: row.progress,
    fill: fillOf(row.progress),
    lowerIsBetter: row.kpi === 'cpe',
    overTarget: false,
  }))
  const { total, committed, share } = report.budget
  if (total !== null && total > 0) {
    rows.push({
      kpi: 'spend',
      label: KPI_LABELS.spend,
      unit: 'yuan',
      target: total,
      actual: committed,
      progress: share,
      fill: fillOf(share),
      lowerIsBetter: false,
      overTarget: committed > total,
    })
  }
  if (ugc && ugc.target !== null && ugc.target > 0) {
    const progress = ugc.actual / ugc.target
    rows.push({
      kpi: 'ugc',
      label: KPI_LABELS.ugc,
      unit: 'count',
      target: ugc.target,
      actual: ugc.actual,
      progress,
      fill: fillOf(progress),
      lowerIsBetter: false,
      overTarget: false,
    })
  }
  return rows
}

export type PlatformShare = { platform: KolPlatform; label: Localized; colour: string; value: number }

/**
 * The campaign's platform mix: spend per platform once any post is out (spend counts posted
 * collaborations only), before that the number of collaborations per platform. Empty platforms left out.
 */
export function platformMix(byPlatform: ReportAnswer['byPlatform']): { measure: 'spend' | 'collaborations'; shares: PlatformShare[] } {
  const measure = byPlatform.some((row) => row.spend > 0) ? 'spend' : 'collaborations'
  return {
    measure,
    shares: byPlatform
      .map((row) => ({ platform: row.platform, label: platformLabel(row.platform), colour: CHANNEL_COLOURS[row.platform], value: row[measure] }))
      .filter((share) => share.value > 0),
  }
}

export type KolEfficiency = { kolId: string; kolName: string; cpe: number | null; roi: number | null }

/** CPE and ROI per KOL, for the KOLs whose posts have results (the others have neither yet). */
export const kolEfficiency = (byKol: ReportAnswer['byKol']): KolEfficiency[] =>
  byKol.filter((row) => row.cpe !== null || row.roi !== null).map(({ kolId, kolName, cpe, roi }) => ({ kolId, kolName, cpe, roi }))

/** What the UGC KPI counts of a campaign. */
export type UgcCampaign = {
  brand: number | string
  products: readonly (number | string)[]
  startDate: string | null
  endDate: string | null
}

/**
 * The shoppers' UGC a campaign counts toward its UGC target: accepted submissions about its
 * products (its brand's, when it names none) sent during the campaign, Beijing days inclusive,
 * and not since erased at their author's request.
 */
export function campaignUgcWhere(campaign: UgcCampaign): Where {
  return {
    and: [
      { status: { in: [...ACCEPTED_UGC_STATUSES] } },
      // A PIPL erasure (src/ugc/erasure.ts) keeps the moderation record but takes the content away.
      { erasedAt: { exists: false } },
      campaign.products.length > 0 ? { product: { in: [...campaign.products] } } : { brand: { equals: campaign.brand } },
      ...(campaign.startDate ? [{ createdAt: { greater_than_equal: chinaDayStart(chinaDayOf(new Date(campaign.startDate))).toISOString() } }] : []),
      ...(campaign.endDate ? [{ createdAt: { less_than: chinaDayStart(chinaDayOf(new Date(campaign.endDate)), 24).toISOString() } }] : []),
    ],
  }
}
