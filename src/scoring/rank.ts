import { describeScore } from './breakdown'
import { campaignContext, type CampaignContext } from './campaign'
import { dampingFactor } from './components'
import {
  collectCandidates,
  COMPONENT_COUNT,
  estimatesFor,
  kolValues,
  PLATFORM_INDEX,
  scoreOf,
  writeComponentValues,
  type Candidates,
} from './engine'
import { accountExclusionReasons, kolExclusionReasons, noAccountReason } from './filters'
import { compareIds } from './ids'
import type { PeerStats } from './peers'
import { kthSmallestInPlace } from './statistics'
import type {
  AccountFacts,
  CampaignFacts,
  Exclusion,
  FitExplanation,
  KolFacts,
  RankedAccount,
  Ranking,
  RankOptions,
} from './types'

/** A page bound from the caller: a whole number ≥ 0 (Infinity allowed for "all"). */
const pageBound = (value: number | undefined): number => (value !== undefined && value > 0 ? Math.floor(value) : 0)

/**
 * The rows in the first `places` of the ranking, in order: score descending (unrounded), then KOL id,
 * then account id, the same whatever the input order. Only rows scoring at least the places-th best
 * score get sorted, since a page needs nothing below it.
 */
function leadingRows(
  kols: readonly KolFacts[],
  candidates: Candidates,
  scores: Float64Array,
  places: number,
): number[] {
  const { size, kolIndex, accountIndex } = candidates
  const lowestScore = places >= size ? -Infinity : kthSmallestInPlace(Float64Array.from(scores), size - places)
  const rows: number[] = []
  for (let row = 0; row < size; row++) if (scores[row] >= lowestScore) rows.push(row)
  rows.sort((a, b) => {
    if (scores[a] !== scores[b]) return scores[b] - scores[a]
    const kolA = kols[kolIndex[a]]
    const kolB = kols[kolIndex[b]]
    return (
      compareIds(kolA.id, kolB.id) || compareIds(kolA.accounts[accountIndex[a]].id, kolB.accounts[accountIndex[b]].id)
    )
  })
  return rows.slice(0, places)
}

function exclusionsFor(kols: readonly KolFacts[], excluded: readonly number[], context: CampaignContext): Exclusion[] {
  const exclusions: Exclusion[] = []
  for (let at = 0; at < excluded.length; at += 2) {
    const kol = kols[excluded[at]]
    const account = kol.accounts[excluded[at + 1]] as AccountFacts | undefined
    exclusions.push(
      account
        ? {
            kolId: kol.id,
            accountId: account.id,
            platform: account.platform,
            reasons: [...kolExclusionReasons(kol, context), ...accountExclusionReasons(account, context)],
          }
        : {
            kolId: kol.id,
            accountId: null,
            platform: null,
            reasons: [noAccountReason(context), ...kolExclusionReasons(kol, context)],
          },
    )
  }
  return exclusions.sort(
    (a, b) =>
      compareIds(a.kolId, b.kolId) ||
      // The KOL-wide entry (no account) first.
      (a.accountId === null ? -1 : b.accountId === null ? 1 : compareIds(a.accountId, b.accountId)),
  )
}

/**
 * Ranks every account of `kols` on the campaign's platforms (or the one given) by fit score, after the
 * hard filters. Only the requested page gets its breakdown built, and exclusions only when asked.
 */
export function rankKols(
  kols: readonly KolFacts[],
  campaign: CampaignFacts,
  peers: PeerStats,
  options: RankOptions,
): Ranking {
  const context = campaignContext(campaign, options.platform)
  const excluded: number[] | null = options.includeExcluded ? [] : null
  const candidates = collectCandidates(kols, context, peers, excluded)
  const estimates = estimatesFor(candidates, peers)
  const { values, platformIndex, damping } = candidates
  const scores = new Float64Array(candidates.size)
  for (let row = 0; row < candidates.size; row++) {
    scores[row] = scoreOf(values, row * COMPONENT_COUNT, platformIndex[row], damping[row], context, estimates)
  }
  const offset = pageBound(options.offset)
  const page = leadingRows(kols, candidates, scores, offset + pageBound(options.limit)).slice(offset)
  const items = page.map((row, index): RankedAccount => {
    const kol = kols[candidates.kolIndex[row]]
    const account = kol.accounts[candidates.accountIndex[row]]
    const scoredRow = {
      values,
      offset: row * COMPONENT_COUNT,
      platformIndex: platformIndex[row],
      damping: damping[row],
      score: scores[row],
    }
    return { rank: offset + index + 1, ...describeScore(kol, account, scoredRow, context, peers, estimates) }
  })
  return {
    total: candidates.size,
    items,
    excluded: excluded ? exclusionsFor(kols, excluded, context) : [],
    weights: context.weights,
  }
}

/**
 * The score and breakdown of one KOL account, as snapshotted at shortlisting, or why it is excluded.
 * Missing audience, relevance and cost take their medians over the accounts in `peers` that pass the
 * campaign's filters (rankKols takes them over its candidates), so the score equals rankKols' when
 * ranking the same KOLs the peer stats were built from. Throws when the KOL has no such account.
 */
export function explainFit(
  kol: KolFacts,
  accountId: string,
  campaign: CampaignFacts,
  peers: PeerStats,
): FitExplanation {
  const account = kol.accounts.find(({ id }) => id === accountId)
  if (!account) throw new RangeError(`KOL ${kol.id} has no account ${accountId}`)
  const context = campaignContext(campaign)
  const reasons = [
    ...(context.platforms.includes(account.platform) ? [] : [noAccountReason(context, account)]),
    ...kolExclusionReasons(kol, context),
    ...accountExclusionReasons(account, context),
  ]
  if (reasons.length > 0) {
    return { eligible: false, exclusion: { kolId: kol.id, accountId, platform: account.platform, reasons } }
  }
  const estimates = estimatesFor(collectCandidates(peers.population, context, peers, null), peers)
  const values = new Float64Array(COMPONENT_COUNT)
  writeComponentValues(account, kolValues(kol, context), context, peers, values, 0)
  const platformIndex = PLATFORM_INDEX[account.platform]
  const damping = dampingFactor(account, campaign.sizeDamping)
  const score = scoreOf(values, 0, platformIndex, damping, context, estimates)
  const row = { values, offset: 0, platformIndex, damping, score }
  return { eligible: true, ...describeScore(kol, account, row, context, peers, estimates) }
}
