/**
 * The numeric core of ranking: component values for every candidate account in flat typed arrays,
 * the medians that stand in for missing values, and the score. Objects are only built for the page.
 */
import { KOL_PLATFORMS, type KolPlatform } from '../taxonomy/kols'
import type { CampaignContext } from './campaign'
import {
  audienceValue,
  authenticityValue,
  costValue,
  dampingFactor,
  relevanceValue,
  reputationScore,
} from './components'
import { SCORE_COMPONENTS, SCORING_CONFIG } from './config'
import { isAccountExcluded, isKolExcluded } from './filters'
import { standingOf, type PeerStats, type PopulationComponent } from './peers'
import { medianInPlace } from './statistics'
import type { AccountFacts, KolFacts, ScoreComponent } from './types'

export const COMPONENT_COUNT = SCORE_COMPONENTS.length

const COMPONENT_INDEX = Object.fromEntries(SCORE_COMPONENTS.map((component, index) => [component, index])) as Record<
  ScoreComponent,
  number
>

export const PLATFORM_INDEX = Object.fromEntries(KOL_PLATFORMS.map(({ value }, index) => [value, index])) as Record<
  KolPlatform,
  number
>

/** Campaign-dependent components: their medians are taken over the candidates being ranked. */
const CANDIDATE_COMPONENTS = ['audience', 'relevance', 'cost'] as const satisfies readonly Exclude<
  ScoreComponent,
  PopulationComponent
>[]

/** The accounts that passed the hard filters, one row each; values are NaN where data is missing. */
export type Candidates = {
  size: number
  kolIndex: Int32Array
  accountIndex: Int32Array
  platformIndex: Uint8Array
  /** size × COMPONENT_COUNT, in SCORE_COMPONENTS order. */
  values: Float64Array
  damping: Float64Array
}

/** Per platform × component: the value a missing component takes, and whether it is a median (else the default). */
export type Estimates = { values: Float64Array; fromMedian: Uint8Array }

/** What is the same for every account of a KOL; NaN where missing or not applicable. */
type KolValues = { relevance: number; reputation: number }

export const kolValues = (kol: KolFacts, context: CampaignContext): KolValues => ({
  relevance: context.applicable.relevance ? (relevanceValue(kol, context) ?? NaN) : NaN,
  reputation: reputationScore(kol.reputation) ?? NaN,
})

/** Writes the account's component values at out[offset…]: NaN where data is missing or the component does not apply. */
export function writeComponentValues(
  account: AccountFacts,
  ofKol: KolValues,
  context: CampaignContext,
  peers: PeerStats,
  out: Float64Array,
  offset: number,
): void {
  out[offset + COMPONENT_INDEX.audience] = context.audience ? (audienceValue(account, context.audience) ?? NaN) : NaN
  out[offset + COMPONENT_INDEX.relevance] = ofKol.relevance
  out[offset + COMPONENT_INDEX.engagement] = standingOf(account, peers)?.value ?? NaN
  out[offset + COMPONENT_INDEX.authenticity] = authenticityValue(account) ?? NaN
  out[offset + COMPONENT_INDEX.cost] = context.applicable.cost ? (costValue(account, context) ?? NaN) : NaN
  out[offset + COMPONENT_INDEX.reputation] = ofKol.reputation
}

/**
 * Every account on the context's platforms that passes the hard filters. When `excluded` is given,
 * each excluded account is pushed onto it as (kol index, account index), and a KOL without any
 * account on the platforms as (kol index, −1).
 */
export function collectCandidates(
  kols: readonly KolFacts[],
  context: CampaignContext,
  peers: PeerStats,
  excluded: number[] | null,
): Candidates {
  let capacity = 0
  for (const kol of kols) capacity += kol.accounts.length
  const candidates: Candidates = {
    size: 0,
    kolIndex: new Int32Array(capacity),
    accountIndex: new Int32Array(capacity),
    platformIndex: new Uint8Array(capacity),
    values: new Float64Array(capacity * COMPONENT_COUNT),
    damping: new Float64Array(capacity),
  }
  const { platforms, campaign } = context
  for (let kolIndex = 0; kolIndex < kols.length; kolIndex++) {
    const kol = kols[kolIndex]
    const kolExcluded = isKolExcluded(kol, context)
    let ofKol: KolValues | null = null
    let onPlatforms = false
    for (let accountIndex = 0; accountIndex < kol.accounts.length; accountIndex++) {
      const account = kol.accounts[accountIndex]
      if (!platforms.includes(account.platform)) continue
      onPlatforms = true
      if (kolExcluded || isAccountExcluded(account, context)) {
        excluded?.push(kolIndex, accountIndex)
        continue
      }
      ofKol ??= kolValues(kol, context)
      const row = candidates.size++
      candidates.kolIndex[row] = kolIndex
      candidates.accountIndex[row] = accountIndex
      candidates.platformIndex[row] = PLATFORM_INDEX[account.platform]
      candidates.damping[row] = dampingFactor(account, campaign.sizeDamping)
      writeComponentValues(account, ofKol, context, peers, candidates.values, row * COMPONENT_COUNT)
    }
    if (!onPlatforms) excluded?.push(kolIndex, -1)
  }
  return candidates
}

/**
 * The platform medians that stand in for missing values: over the candidates for the campaign-dependent
 * components, over the whole peer population for the others; the configured default where there is none.
 */
export function estimatesFor(candidates: Candidates, peers: PeerStats): Estimates {
  const { size, platformIndex, values } = candidates
  const platformCount = KOL_PLATFORMS.length
  const medians = KOL_PLATFORMS.map(({ value: platform }): Partial<Record<ScoreComponent, number | null>> => ({
    ...peers.medians[platform],
  }))
  // One buffer for all platforms' real values: platform p's run from start[p] to filled[p].
  const start = new Int32Array(platformCount + 1)
  for (let row = 0; row < size; row++) start[platformIndex[row] + 1]++
  for (let platform = 0; platform < platformCount; platform++) start[platform + 1] += start[platform]
  const buffer = new Float64Array(size)
  const filled = new Int32Array(platformCount)
  for (const component of CANDIDATE_COMPONENTS) {
    const column = COMPONENT_INDEX[component]
    filled.set(start.subarray(0, platformCount))
    for (let row = 0; row < size; row++) {
      const value = values[row * COMPONENT_COUNT + column]
      if (!Number.isNaN(value)) buffer[filled[platformIndex[row]]++] = value
    }
    medians.forEach((platformMedians, platform) => {
      platformMedians[component] = medianInPlace(buffer.subarray(start[platform], filled[platform]))
    })
  }
  const estimates: Estimates = {
    values: new Float64Array(platformCount * COMPONENT_COUNT),
    fromMedian: new Uint8Array(platformCount * COMPONENT_COUNT),
  }
  medians.forEach((platformMedians, platform) => {
    SCORE_COMPONENTS.forEach((component, column) => {
      const value = platformMedians[component] ?? null
      estimates.values[platform * COMPONENT_COUNT + column] = value ?? SCORING_CONFIG.fallbackValues[component]
      estimates.fromMedian[platform * COMPONENT_COUNT + column] = value === null ? 0 : 1
    })
  })
  return estimates
}

/** 100 × Σ share × value (estimates where missing) × damping: the score before rounding. */
export function scoreOf(
  values: Float64Array,
  offset: number,
  platformIndex: number,
  damping: number,
  context: CampaignContext,
  estimates: Estimates,
): number {
  let total = 0
  for (let component = 0; component < COMPONENT_COUNT; component++) {
    const share = context.weightShares[component]
    if (share === 0) continue
    const value = values[offset + component]
    total += share * (Number.isNaN(value) ? estimates.values[platformIndex * COMPONENT_COUNT + component] : value)
  }
  return 100 * total * damping
}
