import { describe, expect, it } from 'vitest'

import {
  buildPeerStats,
  explainFit,
  SCORING_CONFIG,
  type AccountFacts,
  type CampaignFacts,
  type ComponentScore,
  type KolFacts,
  type ScoredAccount,
} from '../../../src/scoring'
import { account, campaign, kol, rankAll } from './facts'

const part = (scored: ScoredAccount, name: ComponentScore['component']) =>
  scored.breakdown.find(({ component }) => component === name)!

/** Other 小红书 KOLs whose fake-follower ratios are 0.02, 0.04 … 0.10 (median 0.06). */
const platformPeers: KolFacts[] = [1, 2, 3, 4, 5].map((step) =>
  kol({ id: String(100 + step), accounts: [account({ id: String(100 + step), fakeFollowerRatio: step * 0.02 })] }),
)

/** The account's score among the platform peers, with the peer stats built from all of them. */
function scoredWith(overrides: Partial<AccountFacts>, kolOverrides: Partial<KolFacts> = {}, facts = campaign()) {
  const subject = kol({ id: '1', ...kolOverrides, accounts: [account({ id: '11', ...overrides })] })
  const kols = [subject, ...platformPeers]
  const result = explainFit(subject, '11', facts, buildPeerStats(kols))
  if (!result.eligible) throw new Error('expected the account to be eligible')
  return result
}

describe('an unknown fake-follower ratio', () => {
  const unknown = scoredWith({ fakeFollowerRatio: null })
  const known = scoredWith({ fakeFollowerRatio: 0.06 })

  it('takes the platform median, flagged as estimated', () => {
    expect(part(unknown, 'authenticity')).toMatchObject({
      value: 0.94,
      estimated: true,
      inputs: { fakeFollowerRatio: null, estimatedFrom: 'platform-median' },
      note: {
        zh: '缺少数据，按同平台账号的中位数估算',
        en: 'No data: estimated at the median of accounts on this platform',
      },
    })
    expect(part(known, 'authenticity').estimated).toBe(false)
  })

  it('lowers the confidence by the component’s share of the weight', () => {
    expect(known.confidence - unknown.confidence).toBeCloseTo(part(known, 'authenticity').weight, 3)
    expect(unknown.score).toBe(known.score)
  })

  it('never scores above the same account with the best ratio', () => {
    expect(unknown.score).toBeLessThan(scoredWith({ fakeFollowerRatio: 0 }).score)
  })

  it('takes the configured default when no account on the platform has a ratio either', () => {
    const douyin = kol({ id: '1', accounts: [account({ id: '11', platform: 'douyin', fakeFollowerRatio: null })] })
    const alone = explainFit(
      douyin,
      '11',
      campaign({ platforms: ['douyin'] }),
      buildPeerStats([douyin, ...platformPeers]),
    )
    expect(alone.eligible && part(alone, 'authenticity')).toMatchObject({
      value: 1 - SCORING_CONFIG.fakeFollowerLimit,
      estimated: true,
      inputs: { estimatedFrom: 'default' },
    })
  })
})

describe('which data counts as missing', () => {
  it('audience: only a dimension the persona narrows', () => {
    expect(part(scoredWith({ femaleShare: null }), 'audience').estimated).toBe(true)
    const anyGender = campaign({ persona: { gender: 'any', ageMin: 18, ageMax: 34, cityTiers: [] } })
    expect(part(scoredWith({ femaleShare: null }, {}, anyGender), 'audience').estimated).toBe(false)
    expect(part(scoredWith({ ageBands: {} }), 'audience').estimated).toBe(true)
    const anyAge = campaign({ persona: { gender: 'female', ageMin: 0, ageMax: 120, cityTiers: [] } })
    expect(part(scoredWith({ ageBands: null }, {}, anyAge), 'audience').estimated).toBe(false)
    const firstTier = campaign({ persona: { gender: 'female', ageMin: 18, ageMax: 34, cityTiers: ['tier-1'] } })
    expect(part(scoredWith({ cityTiers: null }, {}, firstTier), 'audience').estimated).toBe(true)
  })

  it('relevance: a KOL who lists no verticals and no styles', () => {
    expect(part(scoredWith({}, { verticals: [], styles: [] }), 'relevance').estimated).toBe(true)
    expect(part(scoredWith({}, { verticals: ['food'], styles: [] }), 'relevance')).toMatchObject({
      estimated: false,
      value: 0,
    })
  })

  it('engagement: no views and no followers, or no engagements', () => {
    expect(part(scoredWith({ avgViews: null, followers: null }), 'engagement').estimated).toBe(true)
    expect(part(scoredWith({ avgEngagements: null }), 'engagement').estimated).toBe(true)
    expect(part(scoredWith({ avgViews: null }), 'engagement').inputs.formula).toBe('engagements/followers')
  })

  it('cost: no rate, or no engagements in the unit the campaign prices', () => {
    expect(part(scoredWith({ rate: null }), 'cost').estimated).toBe(true)
    expect(part(scoredWith({ avgEngagements: null }), 'cost').estimated).toBe(true)
    const weighted = campaign({ weightedCpe: true })
    expect(part(scoredWith({ engagementMix: null }, {}, weighted), 'cost').estimated).toBe(true)
    expect(part(scoredWith({ avgEngagements: null }, {}, weighted), 'cost').estimated).toBe(false)
  })

  it('reputation: no settled collaboration yet', () => {
    expect(part(scoredWith({}), 'reputation').estimated).toBe(true)
    const settled = { settled: 2, ratingSum: 9, onTime: 2 }
    expect(part(scoredWith({}, { reputation: settled }), 'reputation').estimated).toBe(false)
  })
})

describe('medians of campaign-dependent components', () => {
  /** Accounts of unknown gender split among KOLs whose audiences are 20%, 60% and 90% female. */
  const kols = [0.2, 0.6, 0.9, null].map((femaleShare, index) =>
    kol({ id: String(index + 1), accounts: [account({ id: String(index + 1), femaleShare })] }),
  )

  it('are taken over the accounts being ranked on the same platform', () => {
    const unknown = rankAll(kols, campaign()).items.find(({ accountId }) => accountId === '4')!
    // The 60%-female account's audience value.
    const median = rankAll(kols, campaign()).items.find(({ accountId }) => accountId === '2')!
    expect(part(unknown, 'audience')).toMatchObject({ estimated: true, value: part(median, 'audience').value })
  })

  it('leave out the accounts the hard filters removed', () => {
    const facts: CampaignFacts = campaign({ remainingBudget: 5_000 })
    const withPricey = [...kols, kol({ id: '9', accounts: [account({ id: '9', femaleShare: 1, rate: 9_000 })] })]
    const unknown = rankAll(withPricey, facts).items.find(({ accountId }) => accountId === '4')!
    const median = rankAll(withPricey, facts).items.find(({ accountId }) => accountId === '2')!
    expect(part(unknown, 'audience').value).toBe(part(median, 'audience').value)
  })
})
