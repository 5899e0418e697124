import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  buildPeerStats,
  explainFit,
  SCORING_CONFIG,
  type AccountFacts,
  type CampaignFacts,
  type KolFacts,
  type Ranking,
  type ScoredAccount,
} from '../../../src/scoring'
import { AGE_BANDS, CITY_TIERS, VERTICALS, type AgeBand } from '../../../src/taxonomy/audience'
import { CAMPAIGN_TYPES, KOL_PLATFORMS } from '../../../src/taxonomy/kols'
import { account, campaign, kol, NOW, rankAll } from './facts'

const PLATFORMS = KOL_PLATFORMS.map(({ value }) => value)
const STYLES = ['vlog', 'review', 'tutorial']

const share = fc.double({ min: 0, max: 1, noNaN: true })
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null })
const count = (max: number) => fc.integer({ min: 0, max })

const distribution = <K extends string>(keys: readonly K[]) =>
  fc.record(Object.fromEntries(keys.map((key) => [key, share])) as Record<K, fc.Arbitrary<number>>, {
    requiredKeys: [],
  })

/** Plausible facts, some of them missing. */
const accountFacts: fc.Arbitrary<Omit<AccountFacts, 'id'>> = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  followers: maybe(count(50_000_000)),
  avgViews: maybe(count(5_000_000)),
  avgEngagements: maybe(count(200_000)),
  engagementMix: maybe(fc.record({ likes: count(9_000), comments: count(900), shares: count(900), saves: count(900) })),
  fakeFollowerRatio: maybe(fc.double({ min: 0, max: 0.4, noNaN: true })),
  femaleShare: maybe(share),
  ageBands: maybe(distribution(AGE_BANDS.map(({ value }) => value))),
  cityTiers: maybe(distribution(CITY_TIERS.map(({ value }) => value))),
  rate: maybe(count(200_000)),
})

const kolFacts = (accounts: fc.Arbitrary<Omit<AccountFacts, 'id'>>) =>
  fc.record({
    verticals: fc.subarray(VERTICALS.map(({ value }) => value)),
    styles: fc.subarray(STYLES),
    brandSafetyFlags: fc.constantFrom([], [], [], ['负面舆情']),
    exclusivities: fc.array(
      fc.record({
        category: fc.constantFrom('cosmetics' as const, 'food' as const),
        brandId: fc.constantFrom(null, 'brand-1', 'brand-2'),
        until: fc.constantFrom('2025-12-31', '2026-03-08', '2026-12-31'),
      }),
      { maxLength: 2 },
    ),
    reputation: fc
      .record({ settled: count(20), ratings: count(4), onTime: count(20) })
      .map(({ settled, ratings, onTime }) => ({
        settled,
        ratingSum: settled * (1 + ratings),
        onTime: Math.min(settled, onTime),
      })),
    accounts: fc.array(accounts, { minLength: 1, maxLength: 3 }),
  })

/** KOLs with unique ids ('1', '2', …) and account ids unique across them. */
const population = (accounts = accountFacts, maxLength = 20): fc.Arbitrary<KolFacts[]> =>
  fc.array(kolFacts(accounts), { maxLength }).map((kols) =>
    kols.map((facts, index) => ({
      ...facts,
      id: String(index + 1),
      accounts: facts.accounts.map((accountFacts, position) => ({
        ...accountFacts,
        id: String((index + 1) * 10 + position),
      })),
    })),
  )

const campaignFacts: fc.Arbitrary<CampaignFacts> = fc.record({
  type: fc.constantFrom(...CAMPAIGN_TYPES.map(({ value }) => value)),
  brandId: fc.constant('brand-1'),
  category: fc.constantFrom('cosmetics' as const, 'food' as const),
  platforms: fc.subarray(PLATFORMS, { minLength: 1 }),
  verticals: fc.subarray(VERTICALS.map(({ value }) => value)),
  styles: fc.subarray(STYLES),
  persona: maybe(
    fc.record({
      gender: fc.constantFrom('female' as const, 'male' as const, 'any' as const),
      ageMin: count(50),
      ageMax: count(70),
      cityTiers: fc.subarray(CITY_TIERS.map(({ value }) => value)),
    }),
  ),
  remainingBudget: maybe(count(300_000)),
  targetCpe: maybe(fc.double({ min: 0.1, max: 50, noNaN: true })),
  weightedCpe: fc.boolean(),
  sizeDamping: fc.boolean(),
  weights: maybe(
    fc.record(
      {
        audience: share,
        relevance: share,
        engagement: share,
        authenticity: share,
        cost: share,
        reputation: share,
      },
      { requiredKeys: [] },
    ),
  ),
  fakeFollowerLimit: maybe(fc.double({ min: 0.1, max: 0.5, noNaN: true })),
  now: fc.constant(NOW),
})

/** What every ranking must satisfy, whatever its input. */
function expectWellFormed(ranking: Ranking) {
  ranking.items.forEach((item, index) => {
    expect(item.rank).toBe(index + 1)
    expectWellFormedScore(item)
    if (index > 0) expect(item.score).toBeLessThanOrEqual(ranking.items[index - 1].score)
  })
  expect(ranking.total).toBe(ranking.items.length)
}

function expectWellFormedScore(scored: ScoredAccount) {
  expect(scored.score).toBeGreaterThanOrEqual(0)
  expect(scored.score).toBeLessThanOrEqual(100)
  expect(scored.confidence).toBeGreaterThanOrEqual(0)
  expect(scored.confidence).toBeLessThanOrEqual(1)
  expect(scored.damping).toBeGreaterThanOrEqual(0)
  expect(scored.damping).toBeLessThanOrEqual(1)
  const contributions = scored.breakdown.reduce((sum, { contribution }) => sum + contribution, 0)
  // Rounding: six contributions to 0.01 (≤ 0.03), damping to 0.001 (≤ 0.05 of 100 points), the score to 0.1 (≤ 0.05).
  expect(Math.abs(contributions * scored.damping - scored.score)).toBeLessThanOrEqual(0.13)
  for (const { value, weight } of scored.breakdown) {
    expect(value).toBeGreaterThanOrEqual(0)
    expect(value).toBeLessThanOrEqual(1)
    expect(weight).toBeGreaterThanOrEqual(0)
  }
}

/**
 * A KOL that passes every hard filter of `facts`, for comparing its scores: its own platform is among
 * the campaign's, it has no flags or exclusivities, and the campaign sets no budget.
 */
const subjectOf = (facts: Omit<AccountFacts, 'id'>, verticals: KolFacts['verticals'] = ['beauty']): KolFacts =>
  kol({ id: '999', verticals, accounts: [account({ ...facts, id: '9990' })] })

const eligibleCampaign = (facts: CampaignFacts, subject: KolFacts): CampaignFacts => ({
  ...facts,
  platforms: [...new Set([...facts.platforms, subject.accounts[0].platform])],
  remainingBudget: null,
  fakeFollowerLimit: null,
})

const scoreOf = (subject: KolFacts, facts: CampaignFacts, kols: readonly KolFacts[]): ScoredAccount => {
  const result = explainFit(subject, subject.accounts[0].id, facts, buildPeerStats(kols))
  if (!result.eligible) throw new Error(`unexpectedly excluded: ${JSON.stringify(result.exclusion.reasons)}`)
  return result
}

/** Age ranges with the bands wholly inside and wholly outside them. */
const AGE_RANGES: { ageMin: number; ageMax: number; inside: AgeBand[]; outside: AgeBand[] }[] = [
  { ageMin: 18, ageMax: 34, inside: ['18-24', '25-34'], outside: ['under-18', '35-44', '45-plus'] },
  { ageMin: 25, ageMax: 44, inside: ['25-34', '35-44'], outside: ['under-18', '18-24', '45-plus'] },
  { ageMin: 18, ageMax: 24, inside: ['18-24'], outside: ['under-18', '25-34', '35-44', '45-plus'] },
]

describe('more on-target audience never lowers the score', () => {
  it('raising the female share, for a female persona', () => {
    fc.assert(
      fc.property(population(), campaignFacts, accountFacts, share, share, (kols, facts, subjectFacts, a, b) => {
        const subject = (femaleShare: number) => subjectOf({ ...subjectFacts, fakeFollowerRatio: null, femaleShare })
        const persona = { gender: 'female' as const, ageMin: 0, ageMax: 99, cityTiers: [] }
        const target = eligibleCampaign({ ...facts, persona }, subject(0))
        const lower = scoreOf(subject(Math.min(a, b)), target, kols)
        const higher = scoreOf(subject(Math.max(a, b)), target, kols)
        expect(higher.score).toBeGreaterThanOrEqual(lower.score)
      }),
      { numRuns: 300 },
    )
  })

  it('moving age share from a band outside the range to one inside', () => {
    fc.assert(
      fc.property(
        population(),
        campaignFacts,
        accountFacts,
        fc.constantFrom(...AGE_RANGES),
        share,
        (kols, facts, subjectFacts, range, moved) => {
          const from = range.outside[0]
          const to = range.inside[range.inside.length - 1]
          const before = { ...subjectFacts.ageBands, [from]: moved, [to]: 0 }
          const after = { ...before, [from]: 0, [to]: moved }
          const persona = { gender: 'any' as const, ageMin: range.ageMin, ageMax: range.ageMax, cityTiers: [] }
          const subject = (ageBands: AccountFacts['ageBands']) =>
            subjectOf({ ...subjectFacts, fakeFollowerRatio: null, ageBands })
          const target = eligibleCampaign({ ...facts, persona }, subject(before))
          expect(scoreOf(subject(after), target, kols).score).toBeGreaterThanOrEqual(
            scoreOf(subject(before), target, kols).score,
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('a higher fake-follower ratio', () => {
  it('never raises the score, and above the limit excludes the account', () => {
    const limit = SCORING_CONFIG.fakeFollowerLimit
    fc.assert(
      fc.property(population(), campaignFacts, accountFacts, share, share, (kols, facts, subjectFacts, a, b) => {
        const subject = (fakeFollowerRatio: number) => subjectOf({ ...subjectFacts, fakeFollowerRatio })
        const target = eligibleCampaign(facts, subject(0))
        const [low, high] = [Math.min(a, b), Math.max(a, b)]
        const peers = buildPeerStats(kols)
        const explain = (ratio: number) => explainFit(subject(ratio), '9990', target, peers)
        const atHigh = explain(high)
        if (high > limit) {
          expect(atHigh.eligible || atHigh.exclusion.reasons.map(({ code }) => code)).toContain('fake-followers')
          return
        }
        const atLow = explain(low)
        expect(atLow.eligible && atHigh.eligible).toBe(true)
        if (atLow.eligible && atHigh.eligible) expect(atHigh.score).toBeLessThanOrEqual(atLow.score)
      }),
      { numRuns: 300 },
    )
  })
})

describe('adding a missing component’s data', () => {
  const weightOf = (scored: ScoredAccount, name: string) =>
    scored.breakdown.find(({ component }) => component === name)!.weight

  it('moves the score by at most that component’s share of the weight, and raises confidence by it', () => {
    fc.assert(
      fc.property(
        population(),
        campaignFacts,
        accountFacts,
        fc.double({ min: 0, max: SCORING_CONFIG.fakeFollowerLimit, noNaN: true }),
        (kols, facts, subjectFacts, ratio) => {
          const missing = subjectOf({ ...subjectFacts, fakeFollowerRatio: null })
          const known = subjectOf({ ...subjectFacts, fakeFollowerRatio: ratio })
          const target = eligibleCampaign(facts, missing)
          const [without, withData] = [scoreOf(missing, target, kols), scoreOf(known, target, kols)]
          const share = weightOf(withData, 'authenticity')
          expect(Math.abs(withData.score - without.score)).toBeLessThanOrEqual(share * 100 + 0.1)
          expect(withData.confidence - without.confidence).toBeCloseTo(share, 2)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('changes nothing but the confidence when the data is the median', () => {
    fc.assert(
      fc.property(population(), campaignFacts, accountFacts, (kols, facts, subjectFacts) => {
        const missing = subjectOf({ ...subjectFacts, fakeFollowerRatio: null })
        const target = eligibleCampaign(facts, missing)
        const without = scoreOf(missing, target, kols)
        const median = without.breakdown.find(({ component }) => component === 'authenticity')!
        const ratio = 1 - median.value
        // The population's median may come from accounts this campaign's filter would exclude.
        fc.pre(median.inputs.estimatedFrom === 'platform-median' && ratio <= SCORING_CONFIG.fakeFollowerLimit)
        const known = subjectOf({ ...subjectFacts, fakeFollowerRatio: ratio })
        // The breakdown shows the median to 3 decimals.
        expect(Math.abs(scoreOf(known, target, kols).score - without.score)).toBeLessThanOrEqual(
          0.1 + median.weight * 0.1,
        )
      }),
      { numRuns: 300 },
    )
  })
})

describe('the ranking', () => {
  /** The same KOLs, in another order, each with its accounts in another order. */
  const permuted = (kols: KolFacts[]): fc.Arbitrary<KolFacts[]> =>
    fc
      .shuffledSubarray(kols, { minLength: kols.length })
      .chain((order) =>
        fc.tuple(
          ...order.map((facts) =>
            fc
              .shuffledSubarray([...facts.accounts], { minLength: facts.accounts.length })
              .map((accounts) => ({ ...facts, accounts })),
          ),
        ),
      )

  it('does not depend on the order of KOLs or of their accounts', () => {
    fc.assert(
      fc.property(
        population().chain((kols) => fc.tuple(fc.constant(kols), permuted(kols))),
        campaignFacts,
        ([kols, reordered], facts) => {
          expect(rankAll(reordered, facts)).toEqual(rankAll(kols, facts))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('is well formed: scores in 0..100, confidence in 0..1, contributions adding up to the score', () => {
    fc.assert(
      fc.property(population(), campaignFacts, (kols, facts) => expectWellFormed(rankAll(kols, facts))),
      { numRuns: 300 },
    )
  })

  it('never throws on any numbers, finite or not, known or not', () => {
    const anyNumber = fc.option(fc.double(), { nil: null })
    const wildAccount = fc.record({
      platform: fc.constantFrom(...PLATFORMS),
      followers: anyNumber,
      avgViews: anyNumber,
      avgEngagements: anyNumber,
      engagementMix: fc.option(
        fc.record({ likes: fc.double(), comments: fc.double(), shares: fc.double(), saves: fc.double() }),
        { nil: null },
      ),
      fakeFollowerRatio: anyNumber,
      femaleShare: anyNumber,
      ageBands: fc.option(fc.dictionary(fc.constantFrom(...AGE_BANDS.map(({ value }) => value)), fc.double()), {
        nil: null,
      }),
      cityTiers: fc.option(fc.dictionary(fc.constantFrom(...CITY_TIERS.map(({ value }) => value)), fc.double()), {
        nil: null,
      }),
      rate: anyNumber,
    })
    const wildCampaign = fc.record({
      base: campaignFacts,
      remainingBudget: anyNumber,
      targetCpe: anyNumber,
      fakeFollowerLimit: anyNumber,
      ageMin: fc.double(),
      ageMax: fc.double(),
      weights: fc.dictionary(
        fc.constantFrom('audience', 'relevance', 'engagement', 'authenticity', 'cost'),
        fc.double(),
      ),
    })
    fc.assert(
      fc.property(population(wildAccount), wildCampaign, (kols, { base, ageMin, ageMax, ...numbers }) => {
        const facts: CampaignFacts = {
          ...base,
          ...numbers,
          persona: base.persona && { ...base.persona, ageMin, ageMax },
        }
        const ranking = rankAll(kols, facts)
        expectWellFormed(ranking)
        const peers = buildPeerStats(kols)
        for (const { id, accounts } of kols) {
          const result = explainFit(
            kols.find((facts) => facts.id === id)!,
            accounts[0].id,
            facts,
            peers,
          )
          if (result.eligible) expectWellFormedScore(result)
        }
      }),
      { numRuns: 300 },
    )
  })
})

it('builds the facts the properties start from', () => {
  // A guard on the helpers: a default subject in a default campaign is eligible and fully known.
  const subject = subjectOf(account())
  expect(scoreOf(subject, eligibleCampaign(campaign(), subject), [subject]).confidence).toBeLessThan(1)
})
