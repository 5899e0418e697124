import { describe, expect, it } from 'vitest'

import type { Exclusion, Exclusivity, KolFacts } from '../../../src/scoring'
import { account, campaign, kol, NOW, rankAll } from './facts'

const exclusionsOf = (kols: readonly KolFacts[], facts = campaign()): Exclusion[] => rankAll(kols, facts).excluded
const codesOf = (exclusion: Exclusion) => exclusion.reasons.map(({ code }) => code)

describe('each hard filter excludes with its reason in both languages', () => {
  it('no account on the campaign platforms: the KOL as a whole', () => {
    const weiboOnly = kol({ id: '7', accounts: [account({ id: '71', platform: 'weibo' })] })
    const facts = campaign({ platforms: ['xiaohongshu', 'douyin'] })
    expect(rankAll([weiboOnly], facts).items).toEqual([])
    expect(exclusionsOf([weiboOnly], facts)).toEqual([
      {
        kolId: '7',
        accountId: null,
        platform: null,
        reasons: [
          {
            code: 'no-account-on-platform',
            message: {
              zh: '达人在活动平台（小红书、抖音）上没有账号',
              en: "No account on the campaign's platforms (Xiaohongshu, Douyin)",
            },
          },
        ],
      },
    ])
  })

  it('a rate above the remaining budget', () => {
    const expensive = kol({ accounts: [account({ id: '11', rate: 12_000 })] })
    expect(exclusionsOf([expensive], campaign({ remainingBudget: 8_000 }))).toEqual([
      {
        kolId: '1',
        accountId: '11',
        platform: 'xiaohongshu',
        reasons: [
          {
            code: 'over-budget',
            message: {
              zh: '报价 ¥12,000 超出剩余预算 ¥8,000',
              en: 'Rate ¥12,000 is over the remaining budget of ¥8,000',
            },
          },
        ],
      },
    ])
  })

  it('a brand-safety flag', () => {
    const flagged = kol({ brandSafetyFlags: ['负面舆情', '虚假宣传'] })
    expect(exclusionsOf([flagged])[0].reasons).toEqual([
      {
        code: 'brand-safety',
        message: { zh: '达人有品牌安全标记：负面舆情、虚假宣传', en: 'Brand-safety flags: 负面舆情, 虚假宣传' },
      },
    ])
  })

  it('a fake-follower ratio above 25% by default, or above the campaign limit', () => {
    const inflated = kol({ accounts: [account({ id: '11', fakeFollowerRatio: 0.32 })] })
    expect(exclusionsOf([inflated])[0].reasons).toEqual([
      {
        code: 'fake-followers',
        message: { zh: '水粉率 32% 超过上限 25%', en: 'Fake-follower ratio 32% is over the limit of 25%' },
      },
    ])
    expect(exclusionsOf([inflated], campaign({ fakeFollowerLimit: 0.4 }))).toEqual([])
    expect(exclusionsOf([kol({ accounts: [account({ fakeFollowerRatio: 0.25 })] })])).toEqual([])
  })

  it('an active exclusivity with another brand in the same category', () => {
    const exclusive = kol({ exclusivities: [{ category: 'cosmetics', brandId: 'brand-2', until: '2026-12-31' }] })
    expect(exclusionsOf([exclusive])[0].reasons).toEqual([
      {
        code: 'exclusivity-conflict',
        message: {
          zh: '达人与其他品牌有「化妆品」品类的排他协议，至 2026-12-31',
          en: 'Exclusive to another brand in Cosmetics until 2026-12-31',
        },
      },
    ])
  })

  it('reports every reason that applies, and the KOL-wide ones on each account', () => {
    const troubled = kol({
      brandSafetyFlags: ['负面舆情'],
      exclusivities: [{ category: 'cosmetics', brandId: null, until: '2027-01-01' }],
      accounts: [account({ id: '11', rate: 20_000, fakeFollowerRatio: 0.5 }), account({ id: '12' })],
    })
    const exclusions = exclusionsOf([troubled], campaign({ remainingBudget: 10_000 }))
    expect(exclusions.map((exclusion) => [exclusion.accountId, codesOf(exclusion)])).toEqual([
      ['11', ['exclusivity-conflict', 'brand-safety', 'over-budget', 'fake-followers']],
      ['12', ['exclusivity-conflict', 'brand-safety']],
    ])
  })
})

describe('exclusivity', () => {
  const withExclusivity = (exclusivity: Exclusivity) => kol({ exclusivities: [exclusivity] })
  const isExcluded = (exclusivity: Exclusivity) => exclusionsOf([withExclusivity(exclusivity)]).length > 0

  it('does not exclude from a campaign of the same brand', () => {
    expect(isExcluded({ category: 'cosmetics', brandId: 'brand-1', until: '2026-12-31' })).toBe(false)
  })

  it('does not exclude once expired', () => {
    expect(isExcluded({ category: 'cosmetics', brandId: 'brand-2', until: '2026-03-07' })).toBe(false)
    expect(isExcluded({ category: 'cosmetics', brandId: 'brand-2', until: '2026-03-08T11:59:59+08:00' })).toBe(false)
  })

  it('runs to the end of its last day, Beijing time', () => {
    expect(NOW).toBe('2026-03-08T12:00:00+08:00')
    expect(isExcluded({ category: 'cosmetics', brandId: 'brand-2', until: '2026-03-08' })).toBe(true)
  })

  it('does not exclude from another category', () => {
    expect(isExcluded({ category: 'food', brandId: 'brand-2', until: '2026-12-31' })).toBe(false)
  })

  it('with no brand named, conflicts with every brand', () => {
    expect(isExcluded({ category: 'cosmetics', brandId: null, until: '2026-12-31' })).toBe(true)
  })

  it('counts an unreadable end date as active', () => {
    expect(isExcluded({ category: 'cosmetics', brandId: 'brand-2', until: 'until further notice' })).toBe(true)
  })
})

describe('the budget filter', () => {
  it('keeps an account of unknown rate, and every account when no budget is set', () => {
    const unknownRate = kol({ id: '1', accounts: [account({ id: '11', rate: null })] })
    const pricey = kol({ id: '2', accounts: [account({ id: '21', rate: 1_000_000 })] })
    expect(
      rankAll([unknownRate, pricey], campaign({ remainingBudget: 5_000 })).items.map(({ kolId }) => kolId),
    ).toEqual(['1'])
    expect(rankAll([unknownRate, pricey], campaign()).total).toBe(2)
  })

  it('once the budget is overspent, leaves only accounts of unknown rate', () => {
    const free = kol({ id: '1', accounts: [account({ id: '11', rate: 0 })] })
    const unknownRate = kol({ id: '2', accounts: [account({ id: '21', rate: null })] })
    const ranking = rankAll([free, unknownRate], campaign({ remainingBudget: -500 }))
    expect(ranking.items.map(({ kolId }) => kolId)).toEqual(['2'])
    expect(ranking.excluded[0].reasons[0].message.zh).toBe('报价 ¥0 超出剩余预算 -¥500')
  })
})

it('lists exclusions only on request, in id order', () => {
  const kols = [
    kol({ id: '10', brandSafetyFlags: ['x'] }),
    kol({
      id: '9',
      accounts: [account({ id: '92', fakeFollowerRatio: 0.9 }), account({ id: '91', fakeFollowerRatio: 0.9 })],
    }),
  ]
  expect(exclusionsOf(kols).map(({ kolId, accountId }) => `${kolId}/${accountId}`)).toEqual(['9/91', '9/92', '10/1'])
  expect(rankAll(kols, campaign(), { includeExcluded: false }).excluded).toEqual([])
})
