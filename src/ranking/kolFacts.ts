import type { Kol } from '../payload-types'
import type { AccountFacts, KolFacts } from '../scoring'
import type { AgeBand, CityTier } from '../taxonomy/audience'
import type { KolKind } from '../taxonomy/kols'

import { countOrNull } from '../metrics'
import { idOf } from '../refs/idOf'

type Account = NonNullable<Kol['accounts']>[number]

/** Scoring facts plus what a ranking shows of the KOL and account, so one object serves both. */
export type IndexedAccount = AccountFacts & { handle: string }
export type IndexedKol = Omit<KolFacts, 'accounts'> & { name: string; kind: KolKind; accounts: readonly IndexedAccount[] }

/** The fields of a KOL document the index reads (readKolsFromSql delivers exactly these). */
export type IndexedKolDoc = Pick<Kol, 'id' | 'name' | 'kind' | 'verticals' | 'styles' | 'brandSafetyFlags' | 'exclusivities' | 'reputation' | 'accounts'>

/** The stored field of each reported age band and city tier (collections/Kols/accountFields.ts). */
const AGE_FIELDS = { 'under-18': 'under18', '18-24': 'age18to24', '25-34': 'age25to34', '35-44': 'age35to44', '45-plus': 'age45plus' } as const
const CITY_FIELDS = { 'tier-1': 'tier1', 'new-tier-1': 'newTier1', 'tier-2': 'tier2', 'tier-3-below': 'tier3Below' } as const


/** A distribution is unknown unless at least one of its shares was entered. */
function distribution<Key extends string>(fields: Record<Key, string>, stored: Record<string, number | null | undefined> | null | undefined) {
  const entries = Object.entries<string>(fields)
    .map(([key, field]) => [key, countOrNull(stored?.[field])] as const)
    .filter(([, share]) => share !== null)
  return entries.length === 0 ? null : (Object.fromEntries(entries) as Partial<Record<Key, number>>)
}

function accountFacts(account: Account): IndexedAccount {
  const mix = account.engagementMix
  const hasMix = [mix?.likes, mix?.comments, mix?.shares, mix?.saves].some((count) => countOrNull(count) !== null)
  return {
    id: String(account.id),
    platform: account.platform,
    handle: account.handle,
    followers: countOrNull(account.followers),
    avgViews: countOrNull(account.avgViews),
    avgEngagements: countOrNull(account.avgEngagements),
    engagementMix: hasMix
      ? { likes: countOrNull(mix?.likes) ?? 0, comments: countOrNull(mix?.comments) ?? 0, shares: countOrNull(mix?.shares) ?? 0, saves: countOrNull(mix?.saves) ?? 0 }
      : null,
    fakeFollowerRatio: countOrNull(account.fakeFollowerRatio),
    femaleShare: countOrNull(account.audience?.femaleShare),
    ageBands: distribution<AgeBand>(AGE_FIELDS, account.audience?.age),
    cityTiers: distribution<CityTier>(CITY_FIELDS, account.audience?.cityTiers),
    rate: countOrNull(account.lowestRate),
  }
}

/** What the fit score reads of a stored KOL (read with access overridden: the rates are PII). */
export function kolFacts(kol: IndexedKolDoc): IndexedKol {
  return {
    id: String(kol.id),
    name: kol.name,
    kind: kol.kind,
    verticals: kol.verticals ?? [],
    styles: kol.styles ?? [],
    brandSafetyFlags: kol.brandSafetyFlags ?? [],
    exclusivities: (kol.exclusivities ?? []).map((exclusivity) => {
      const brandId = idOf(exclusivity.brand)
      return { category: exclusivity.category, brandId: brandId === null ? null : String(brandId), until: exclusivity.until }
    }),
    reputation: {
      settled: kol.reputation?.settled ?? 0,
      ratingSum: kol.reputation?.ratingSum ?? 0,
      onTime: kol.reputation?.onTime ?? 0,
    },
    accounts: (kol.accounts ?? []).filter((account) => account.id).map(accountFacts),
  }
}
