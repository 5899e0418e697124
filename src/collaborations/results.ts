import { countOrNull, cpe, cpm, plainEngagements, roi, weightedEngagements, type Figure } from '../metrics'
import { SNAPSHOT_WINDOWS, type SnapshotWindow } from '../taxonomy/kols'


/** A post's figures as collected at T+1, T+7 or T+30; each is cumulative since publication. */
export type MetricSnapshot = {
  window: SnapshotWindow
  views?: Figure
  likes?: Figure
  comments?: Figure
  shares?: Figure
  saves?: Figure
  clicks?: Figure
  orders?: Figure
  gmv?: Figure
}

export type CollaborationResults = {
  /** The snapshot the figures come from: the latest window collected. */
  window: SnapshotWindow | null
  views: number
  engagements: number
  weightedEngagements: number
  clicks: number
  orders: number
  gmv: number
  cpm: number | null
  cpe: number | null
  weightedCpe: number | null
  roi: number | null
}

/** Yuan and ratios to the cent: more digits are noise in a report. */
const cents = (amount: number | null) => (amount === null ? null : Math.round(amount * 100) / 100)
const order = (window: SnapshotWindow) => SNAPSHOT_WINDOWS.findIndex((option) => option.value === window)
/** A figure not collected (or not usable) adds nothing to a total. */
const value = (count: Figure) => countOrNull(count) ?? 0

/**
 * What a collaboration achieved (SPEC §5): the latest snapshot's figures and, from the fee, CPM,
 * CPE (plain and weighted) and ROI. Snapshots are cumulative, so the latest one is the result;
 * adding them up would count T+1's views three times.
 */
export function collaborationResults(fee: number | null, snapshots: readonly MetricSnapshot[]): CollaborationResults {
  const latest = [...snapshots].sort((a, b) => order(b.window) - order(a.window))[0]
  const counts = {
    likes: value(latest?.likes),
    comments: value(latest?.comments),
    shares: value(latest?.shares),
    saves: value(latest?.saves),
  }
  const views = value(latest?.views)
  const engagements = plainEngagements(counts) ?? 0
  const weighted = weightedEngagements(counts) ?? 0
  const gmv = value(latest?.gmv)
  return {
    window: latest?.window ?? null,
    views,
    engagements,
    weightedEngagements: weighted,
    clicks: value(latest?.clicks),
    orders: value(latest?.orders),
    gmv,
    // Before the first snapshot nothing is known yet: no GMV is not a zero return.
    cpm: latest ? cents(cpm(fee, views)) : null,
    cpe: latest ? cents(cpe(fee, engagements)) : null,
    weightedCpe: latest ? cents(cpe(fee, weighted)) : null,
    roi: latest ? cents(roi(gmv, fee)) : null,
  }
}
