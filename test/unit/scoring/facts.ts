/** Builders of scoring inputs for the tests: a plausible account, KOL and campaign, changed per test. */
import {
  buildPeerStats,
  rankKols,
  type AccountFacts,
  type CampaignFacts,
  type KolFacts,
  type RankOptions,
} from '../../../src/scoring'

export const NOW = '2026-03-08T12:00:00+08:00'

/** A 小红书 腰部 account with a young, mostly female, first-tier audience. */
export const account = (overrides: Partial<AccountFacts> = {}): AccountFacts => ({
  id: '1',
  platform: 'xiaohongshu',
  followers: 50_000,
  avgViews: 20_000,
  avgEngagements: 1_000,
  engagementMix: { likes: 700, comments: 100, shares: 100, saves: 100 },
  fakeFollowerRatio: 0.1,
  femaleShare: 0.8,
  ageBands: { 'under-18': 0.05, '18-24': 0.35, '25-34': 0.4, '35-44': 0.15, '45-plus': 0.05 },
  cityTiers: { 'tier-1': 0.3, 'new-tier-1': 0.3, 'tier-2': 0.2, 'tier-3-below': 0.2 },
  rate: 5_000,
  ...overrides,
})

export const kol = (overrides: Partial<KolFacts> = {}): KolFacts => ({
  id: '1',
  verticals: ['beauty'],
  styles: [],
  brandSafetyFlags: [],
  exclusivities: [],
  reputation: { settled: 0, ratingSum: 0, onTime: 0 },
  accounts: [account()],
  ...overrides,
})

/** A beauty seeding campaign on 小红书 for women aged 18–34. */
export const campaign = (overrides: Partial<CampaignFacts> = {}): CampaignFacts => ({
  type: 'seeding',
  brandId: 'brand-1',
  category: 'cosmetics',
  platforms: ['xiaohongshu'],
  verticals: ['beauty'],
  styles: [],
  persona: { gender: 'female', ageMin: 18, ageMax: 34, cityTiers: [] },
  remainingBudget: null,
  targetCpe: 5,
  weightedCpe: false,
  sizeDamping: false,
  weights: null,
  fakeFollowerLimit: null,
  now: NOW,
  ...overrides,
})

/** The whole ranking, exclusions included, with peer stats built from the same KOLs. */
export const rankAll = (kols: readonly KolFacts[], facts: CampaignFacts, options: Partial<RankOptions> = {}) =>
  rankKols(kols, facts, buildPeerStats(kols), { limit: Infinity, includeExcluded: true, ...options })
