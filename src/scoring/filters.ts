/** The hard filters applied before scoring (SPEC §6), each reported with its reason in both languages. */
import { countOrNull } from '../metrics'
import { PRODUCT_CATEGORIES } from '../taxonomy/productCategories'
import type { CampaignContext } from './campaign'
import { shareOrNull } from './components'
import { SCORING_CONFIG } from './config'
import { percent, platformLabel, platformList, yuan } from './format'
import type { AccountFacts, ExclusionReason, Exclusivity, KolFacts } from './types'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const endOfExclusivity = (until: string): number =>
  Date.parse(DATE_ONLY.test(until) ? `${until}${SCORING_CONFIG.endOfContractDay}` : until)

/** An unreadable date (either side) counts as active: a conflict we cannot rule out is kept. */
const isActive = (exclusivity: Exclusivity, now: number): boolean => !(endOfExclusivity(exclusivity.until) < now)

/** An active exclusivity in the campaign's category with any other brand (null brand: anyone else). */
const conflictingExclusivity = (kol: KolFacts, context: CampaignContext): Exclusivity | undefined =>
  kol.exclusivities.find(
    (exclusivity) =>
      exclusivity.category === context.campaign.category &&
      exclusivity.brandId !== context.campaign.brandId &&
      isActive(exclusivity, context.now),
  )

/** The rate and budget when the account costs more than the campaign has left. */
function overBudget(account: AccountFacts, context: CampaignContext): { rate: number; budget: number } | null {
  const rate = countOrNull(account.rate)
  const budget = context.remainingBudget
  return rate !== null && budget !== null && rate > budget ? { rate, budget } : null
}

/** The fake-follower ratio when it is over the campaign's limit. */
function excessFakeFollowerRatio(account: AccountFacts, context: CampaignContext): number | null {
  const fake = shareOrNull(account.fakeFollowerRatio)
  return fake !== null && fake > context.fakeFollowerLimit ? fake : null
}

/** Filters on the KOL, which take every one of its accounts out. */
export const isKolExcluded = (kol: KolFacts, context: CampaignContext): boolean =>
  kol.brandSafetyFlags.length > 0 || conflictingExclusivity(kol, context) !== undefined

export const isAccountExcluded = (account: AccountFacts, context: CampaignContext): boolean =>
  overBudget(account, context) !== null || excessFakeFollowerRatio(account, context) !== null

/** The KOL has no account to rank, or (explaining one account) this account is on another platform. */
export function noAccountReason(context: CampaignContext, account?: AccountFacts): ExclusionReason {
  const platforms = platformList(context.platforms)
  if (!account) {
    return {
      code: 'no-account-on-platform',
      message: {
        zh: `达人在活动平台（${platforms.zh}）上没有账号`,
        en: `No account on the campaign's platforms (${platforms.en})`,
      },
    }
  }
  const own = platformLabel(account.platform)
  return {
    code: 'no-account-on-platform',
    message: {
      zh: `该账号在${own.zh}，不在活动平台（${platforms.zh}）上`,
      en: `This account is on ${own.en}, not on the campaign's platforms (${platforms.en})`,
    },
  }
}

export function kolExclusionReasons(kol: KolFacts, context: CampaignContext): ExclusionReason[] {
  const reasons: ExclusionReason[] = []
  const exclusivity = conflictingExclusivity(kol, context)
  if (exclusivity) {
    const category = PRODUCT_CATEGORIES.find(({ value }) => value === exclusivity.category)?.label
    reasons.push({
      code: 'exclusivity-conflict',
      message: {
        zh: `达人与其他品牌有「${category?.zh ?? exclusivity.category}」品类的排他协议，至 ${exclusivity.until}`,
        en: `Exclusive to another brand in ${category?.en ?? exclusivity.category} until ${exclusivity.until}`,
      },
    })
  }
  if (kol.brandSafetyFlags.length > 0) {
    reasons.push({
      code: 'brand-safety',
      message: {
        zh: `达人有品牌安全标记：${kol.brandSafetyFlags.join('、')}`,
        en: `Brand-safety flags: ${kol.brandSafetyFlags.join(', ')}`,
      },
    })
  }
  return reasons
}

export function accountExclusionReasons(account: AccountFacts, context: CampaignContext): ExclusionReason[] {
  const reasons: ExclusionReason[] = []
  const cost = overBudget(account, context)
  if (cost) {
    const rate = yuan(cost.rate)
    const budget = yuan(cost.budget)
    reasons.push({
      code: 'over-budget',
      message: {
        zh: `报价 ${rate} 超出剩余预算 ${budget}`,
        en: `Rate ${rate} is over the remaining budget of ${budget}`,
      },
    })
  }
  const fake = excessFakeFollowerRatio(account, context)
  if (fake !== null) {
    const ratio = percent(fake)
    const limit = percent(context.fakeFollowerLimit)
    reasons.push({
      code: 'fake-followers',
      message: {
        zh: `水粉率 ${ratio} 超过上限 ${limit}`,
        en: `Fake-follower ratio ${ratio} is over the limit of ${limit}`,
      },
    })
  }
  return reasons
}
