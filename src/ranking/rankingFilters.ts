import type { IndexedKol } from './kolFacts'

import { tierOf, type KolTier } from '../metrics'

/** The narrowing a KOL manager applies to a ranking (platform is the ranking's own option). */
export type RankingFilters = {
  kinds?: readonly string[] | null
  verticals?: readonly string[] | null
  tiers?: readonly KolTier[] | null
  /** Yuan: the account's lowest rate must be known and at most this. */
  maxRate?: number | null
  minFollowers?: number | null
}

const given = <T>(list: readonly T[] | null | undefined): list is readonly T[] => Boolean(list && list.length > 0)

/**
 * The KOLs and accounts a ranking considers under the filters. Filtering happens before scoring,
 * so a filtered-out account is simply not a candidate (it is not reported as excluded).
 */
export function applyRankingFilters(kols: readonly IndexedKol[], filters: RankingFilters | null | undefined): readonly IndexedKol[] {
  if (!filters) return kols
  const { kinds, verticals, tiers, maxRate, minFollowers } = filters
  const accountFilterGiven = given(tiers) || maxRate != null || minFollowers != null
  return kols.flatMap((kol) => {
    if (given(kinds) && !kinds.includes(kol.kind)) return []
    if (given(verticals) && !kol.verticals.some((vertical) => verticals.includes(vertical))) return []
    if (!accountFilterGiven) return [kol]
    const accounts = kol.accounts.filter(
      (account) =>
        (!given(tiers) || tiers.includes(tierOf(account.platform, account.followers) as KolTier)) &&
        (maxRate == null || (account.rate !== null && account.rate <= maxRate)) &&
        (minFollowers == null || (account.followers ?? 0) >= minFollowers),
    )
    if (accounts.length === kol.accounts.length) return [kol]
    return accounts.length > 0 ? [{ ...kol, accounts }] : []
  })
}
