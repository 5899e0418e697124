import { describe, expect, it } from 'vitest'

import { buildPeerStats, explainFit, rankKols, type ComponentScore, type RankedAccount } from '../../../src/scoring'
import { account, campaign, kol, rankAll } from './facts'

const component = (item: RankedAccount, name: ComponentScore['component']): ComponentScore => {
  const found = item.breakdown.find((part) => part.component === name)
  if (!found) throw new Error(`no ${name} in the breakdown`)
  return found
}

describe('a beauty seeding campaign for women aged 18–34', () => {
  const beautyKol = kol({
    id: '1',
    verticals: ['beauty', 'skincare'],
    accounts: [
      account({
        id: '11',
        followers: 50_000,
        avgViews: 20_000,
        avgEngagements: 1_000,
        femaleShare: 0.88,
        ageBands: { 'under-18': 0.05, '18-24': 0.45, '25-34': 0.4, '35-44': 0.1 },
      }),
    ],
  })
  // Bigger, more engaged and cleaner, but the wrong audience and vertical.
  const fitnessKol = kol({
    id: '2',
    verticals: ['fitness'],
    accounts: [
      account({
        id: '21',
        followers: 500_000,
        avgViews: 200_000,
        avgEngagements: 12_000,
        fakeFollowerRatio: 0.05,
        femaleShare: 0.45,
        ageBands: { '18-24': 0.2, '25-34': 0.35, '35-44': 0.3, '45-plus': 0.15 },
        rate: 40_000,
      }),
    ],
  })
  const ranking = rankAll([fitnessKol, beautyKol], campaign())

  it('ranks the matching 50k beauty KOL above the 500k fitness KOL', () => {
    expect(ranking.items.map(({ kolId, rank }) => [rank, kolId])).toEqual([
      [1, '1'],
      [2, '2'],
    ])
    expect(ranking.items[0].score).toBeGreaterThan(ranking.items[1].score)
  })

  it('shows audience and relevance as the reasons', () => {
    const [beauty, fitness] = ranking.items
    const advantage = (name: ComponentScore['component']) =>
      component(beauty, name).contribution - component(fitness, name).contribution
    const byAdvantage = beauty.breakdown.map(({ component: name }) => name).sort((a, b) => advantage(b) - advantage(a))
    expect(byAdvantage.slice(0, 2).sort()).toEqual(['audience', 'relevance'])
    expect(advantage('audience')).toBeGreaterThan(10)
    expect(advantage('relevance')).toBe(20)
    // The fitness KOL does engage more: the breakdown does not hide it.
    expect(advantage('engagement')).toBeLessThan(0)
  })

  it('explains each component with its inputs', () => {
    const beauty = ranking.items[0]
    expect(component(beauty, 'audience')).toMatchObject({
      value: 0.748,
      estimated: false,
      applicable: true,
      inputs: { gender: 'female', shareOfGender: 0.88, shareInAgeRange: 0.85, shareInCityTiers: null },
    })
    expect(component(beauty, 'relevance').inputs).toEqual({ matched: 'beauty', matchedCount: 1, campaignTerms: 1 })
    expect(component(beauty, 'engagement').inputs).toMatchObject({ rate: 0.05, formula: 'engagements/views' })
    expect(component(beauty, 'cost').inputs).toMatchObject({ rate: 5_000, engagements: 1_000, expectedCpe: 5 })
    expect(beauty.breakdown.map(({ component: name }) => name)).toEqual([
      'audience',
      'relevance',
      'engagement',
      'authenticity',
      'cost',
      'reputation',
    ])
  })

  it('adds the contributions up to the score', () => {
    for (const item of ranking.items) {
      const total = item.breakdown.reduce((sum, part) => sum + part.contribution, 0)
      expect(total).toBeCloseTo(item.score, 0)
      expect(item.breakdown.reduce((sum, part) => sum + part.weight, 0)).toBeCloseTo(1, 2)
    }
  })
})

describe('the order', () => {
  /** Identical facts, so identical scores: only the ids can order them. */
  const twin = (kolId: string, accountIds: string[]) =>
    kol({ id: kolId, accounts: accountIds.map((id) => account({ id })) })

  it('breaks ties by KOL id, numerically for integer ids, then by account id', () => {
    const ranking = rankAll([twin('10', ['7']), twin('9', ['30', '4']), twin('100', ['1'])], campaign())
    expect(ranking.items.map(({ kolId, accountId }) => `${kolId}/${accountId}`)).toEqual([
      '9/4',
      '9/30',
      '10/7',
      '100/1',
    ])
    expect(new Set(ranking.items.map(({ score }) => score)).size).toBe(1)
  })

  it('orders MongoDB ObjectIds as strings', () => {
    const ids = ['65f0c2a9e1b2c3d4e5f60718', '65f0c2a9e1b2c3d4e5f60709', '5f0c2a9e1b2c3d4e5f607189']
    const ranking = rankAll(
      ids.map((id, index) => twin(id, [`${id}-${index}`])),
      campaign(),
    )
    expect(ranking.items.map(({ kolId }) => kolId)).toEqual([...ids].sort())
  })

  it('pages through the full order with ranks over all accounts', () => {
    const kols = Array.from({ length: 12 }, (_, index) =>
      kol({ id: String(index + 1), accounts: [account({ id: String(100 + index), femaleShare: index / 12 })] }),
    )
    const whole = rankAll(kols, campaign())
    const peers = buildPeerStats(kols)
    const page = rankKols(kols, campaign(), peers, { limit: 5, offset: 5 })
    expect(page.total).toBe(12)
    expect(page.items).toEqual(whole.items.slice(5, 10))
    expect(page.items.map(({ rank }) => rank)).toEqual([6, 7, 8, 9, 10])
    expect(page.excluded).toEqual([])
    expect(rankKols(kols, campaign(), peers, { limit: 5, offset: 20 }).items).toEqual([])
    expect(rankKols(kols, campaign(), peers, { limit: 0 }).items).toEqual([])
  })
})

describe('platforms', () => {
  const multiPlatform = kol({
    id: '1',
    accounts: [
      account({ id: '11' }),
      account({ id: '12', platform: 'douyin' }),
      account({ id: '13', platform: 'weibo' }),
    ],
  })

  it('ranks every account on the campaign platforms, each on its own', () => {
    const ranking = rankAll([multiPlatform], campaign({ platforms: ['xiaohongshu', 'douyin'] }))
    expect(ranking.items.map(({ accountId, platform }) => [accountId, platform]).sort()).toEqual([
      ['11', 'xiaohongshu'],
      ['12', 'douyin'],
    ])
    expect(ranking.excluded).toEqual([])
  })

  it('narrows to one of them on request', () => {
    const ranking = rankAll([multiPlatform], campaign({ platforms: ['xiaohongshu', 'douyin'] }), { platform: 'douyin' })
    expect(ranking.items.map(({ accountId }) => accountId)).toEqual(['12'])
  })
})

describe('engagement', () => {
  /** 25 小红书 尾部 accounts with per-view rates 1%, 2%, … 25%. */
  const peersOf = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      kol({
        id: String(index + 1),
        accounts: [account({ id: String(index + 1), avgViews: 10_000, avgEngagements: 100 * (index + 1) })],
      }),
    )
  const engagementOf = (ranking: ReturnType<typeof rankAll>, accountId: string) =>
    component(
      ranking.items.find((item) => item.accountId === accountId)!,
      'engagement',
    )

  it('is the mid-rank percentile within platform × tier when the group is large enough', () => {
    const ranking = rankAll(peersOf(25), campaign())
    // The 13th of 25: 12 below, itself equal.
    expect(engagementOf(ranking, '13')).toMatchObject({
      value: 0.5,
      estimated: false,
      inputs: {
        rate: 0.13,
        formula: 'engagements/views',
        peerPlatform: 'xiaohongshu',
        peerTier: 'tail',
        peerGroupSize: 25,
        benchmark: null,
      },
      note: null,
    })
    expect(engagementOf(ranking, '25').value).toBe(0.98)
  })

  it('falls back to the platform benchmark in a small group, twice the benchmark scoring 1', () => {
    const ranking = rankAll(peersOf(5), campaign())
    // 小红书 benchmark: 5% per view.
    expect(engagementOf(ranking, '3')).toMatchObject({ value: 0.3, inputs: { benchmark: 0.05, peerGroupSize: 5 } })
    expect(engagementOf(ranking, '5').value).toBe(0.5)
    expect(engagementOf(ranking, '3').note?.zh).toContain('基准')
    expect(engagementOf(ranking, '3').note?.en).toContain('benchmark')
  })

  it('compares per-follower rates only with per-follower rates', () => {
    const kols = [
      ...peersOf(25),
      kol({ id: '99', accounts: [account({ id: '99', avgViews: null, avgEngagements: 5_000 })] }),
    ]
    expect(engagementOf(rankAll(kols, campaign()), '99').inputs).toMatchObject({
      rate: 0.1,
      formula: 'engagements/followers',
      peerGroupSize: 1,
      benchmark: 0.03,
    })
  })
})

describe('size damping', () => {
  const celebrity = kol({ id: '1', accounts: [account({ id: '11', followers: 10_000_000 })] })
  const niche = kol({ id: '2', accounts: [account({ id: '21', followers: 500_000 })] })

  it('only reduces accounts above the 头部 threshold, and only when the campaign asks', () => {
    const damped = rankAll([celebrity, niche], campaign({ sizeDamping: true }))
    const plain = rankAll([celebrity, niche], campaign())
    const byAccount = (ranking: typeof plain, id: string) => ranking.items.find((item) => item.accountId === id)!
    expect(byAccount(damped, '11').damping).toBeCloseTo(0.708, 3)
    expect(byAccount(damped, '21').damping).toBe(1)
    expect(byAccount(plain, '11').damping).toBe(1)
    expect(byAccount(damped, '11').score).toBeCloseTo(byAccount(plain, '11').score * 0.708, 0)
    expect(byAccount(damped, '21').score).toBe(byAccount(plain, '21').score)
  })
})

describe('explainFit', () => {
  const kols = [
    kol({ id: '1', accounts: [account({ id: '11', fakeFollowerRatio: null, rate: null })] }),
    kol({ id: '2', verticals: [], accounts: [account({ id: '21', femaleShare: null, fakeFollowerRatio: 0.2 })] }),
    kol({ id: '3', accounts: [account({ id: '31', rate: 20_000 }), account({ id: '32', platform: 'weibo' })] }),
  ]
  const peers = buildPeerStats(kols)
  const facts = campaign({ remainingBudget: 10_000 })

  it('gives the score and breakdown rankKols gives, for the KOLs the peer stats were built from', () => {
    const ranking = rankKols(kols, facts, peers, { limit: Infinity })
    expect(ranking.items.length).toBe(2)
    for (const { rank, ...ranked } of ranking.items) {
      const kolFacts = kols.find(({ id }) => id === ranked.kolId)!
      expect(explainFit(kolFacts, ranked.accountId, facts, peers)).toEqual({ eligible: true, ...ranked })
    }
  })

  it('says why an account is out', () => {
    expect(explainFit(kols[2], '31', facts, peers)).toMatchObject({
      eligible: false,
      exclusion: { kolId: '3', accountId: '31', platform: 'xiaohongshu', reasons: [{ code: 'over-budget' }] },
    })
    const offPlatform = explainFit(kols[2], '32', facts, peers)
    expect(offPlatform).toMatchObject({
      eligible: false,
      exclusion: { accountId: '32', platform: 'weibo', reasons: [{ code: 'no-account-on-platform' }] },
    })
    expect(offPlatform.eligible || offPlatform.exclusion.reasons[0].message).toEqual({
      zh: '该账号在微博，不在活动平台（小红书）上',
      en: "This account is on Weibo, not on the campaign's platforms (Xiaohongshu)",
    })
  })

  it('refuses an account the KOL does not have', () => {
    expect(() => explainFit(kols[0], '21', facts, peers)).toThrow(RangeError)
  })
})
