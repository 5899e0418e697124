import type { Vocabulary } from '../taxonomy/options'
import { KOL_PLATFORMS, type KolPlatform } from '../taxonomy/kols'
import { countOrNull, type Figure } from './numbers'

export const KOL_TIERS = [
  { value: 'koc', label: { zh: 'KOC', en: 'KOC' } },
  { value: 'tail', label: { zh: '尾部', en: 'Tail' } },
  { value: 'mid', label: { zh: '腰部', en: 'Mid-tier' } },
  { value: 'head', label: { zh: '头部', en: 'Head' } },
] as const satisfies Vocabulary<string>

export type KolTier = (typeof KOL_TIERS)[number]['value']

/** The follower count from which an account belongs to each tier; below `tail` it is a KOC. */
export type TierThresholds = { tail: number; mid: number; head: number }

/** SPEC §5 (default, per platform): KOC < 10k, 尾部 10k–100k, 腰部 100k–1M, 头部 ≥ 1M. */
const DEFAULT_TIER_THRESHOLDS: TierThresholds = { tail: 10_000, mid: 100_000, head: 1_000_000 }

/** One row per platform, so that a platform whose audiences run larger can get its own cut-offs. */
export const TIER_THRESHOLDS: Record<KolPlatform, TierThresholds> = Object.fromEntries(
  KOL_PLATFORMS.map(({ value }) => [value, DEFAULT_TIER_THRESHOLDS]),
) as Record<KolPlatform, TierThresholds>

/** null when the follower count is unknown: an account of unknown size is not a KOC by default. */
export function tierOf(platform: KolPlatform, followers: Figure): KolTier | null {
  const count = countOrNull(followers)
  if (count === null) return null
  const { tail, mid, head } = TIER_THRESHOLDS[platform]
  if (count >= head) return 'head'
  if (count >= mid) return 'mid'
  if (count >= tail) return 'tail'
  return 'koc'
}
