import { describe, expect, it } from 'vitest'

import {
  DEFAULT_WEIGHTS,
  resolveWeights,
  SCORE_COMPONENTS,
  WEIGHTS_BY_CAMPAIGN_TYPE,
  type ComponentScore,
  type RankedAccount,
} from '../../../src/scoring'
import { CAMPAIGN_TYPES } from '../../../src/taxonomy/kols'
import { account, campaign, kol, rankAll } from './facts'

const part = (item: RankedAccount, name: ComponentScore['component']) =>
  item.breakdown.find(({ component }) => component === name)!

describe('weights per campaign type', () => {
  it('are the SPEC §6 defaults for seeding', () => {
    expect(DEFAULT_WEIGHTS).toEqual({
      audience: 0.3,
      relevance: 0.2,
      engagement: 0.15,
      authenticity: 0.15,
      cost: 0.1,
      reputation: 0.1,
    })
    expect(resolveWeights('seeding', null)).toEqual(DEFAULT_WEIGHTS)
  })

  it.each(CAMPAIGN_TYPES.map(({ value }) => value))('are complete, ≥ 0 and sum to 1 for %s', (type) => {
    const weights = resolveWeights(type, null)
    expect(Object.keys(weights).sort()).toEqual([...SCORE_COMPONENTS].sort())
    expect(Object.values(weights).every((weight) => weight >= 0)).toBe(true)
    expect(Object.values(weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 10)
  })

  it('lean where each type needs it', () => {
    const { live_stream, fission, offline_event, co_branded } = WEIGHTS_BY_CAMPAIGN_TYPE
    expect(live_stream.engagement + live_stream.cost).toBeGreaterThan(DEFAULT_WEIGHTS.engagement + DEFAULT_WEIGHTS.cost)
    expect(fission.engagement).toBeGreaterThan(DEFAULT_WEIGHTS.engagement)
    expect(offline_event.audience).toBeGreaterThan(DEFAULT_WEIGHTS.audience)
    expect(offline_event.reputation).toBeGreaterThan(DEFAULT_WEIGHTS.reputation)
    expect(co_branded.relevance).toBeGreaterThan(DEFAULT_WEIGHTS.relevance)
  })
})

describe('campaign overrides', () => {
  it('replace only the keys given', () => {
    expect(resolveWeights('live_stream', { cost: 0.5 })).toEqual({ ...WEIGHTS_BY_CAMPAIGN_TYPE.live_stream, cost: 0.5 })
  })

  it('are ignored when not a finite number ≥ 0', () => {
    const defaults = WEIGHTS_BY_CAMPAIGN_TYPE.fission
    expect(resolveWeights('fission', { audience: -1, cost: NaN, engagement: Infinity })).toEqual(defaults)
  })

  it('change the ranking, and the ranking reports the resolved weights', () => {
    const cheap = kol({ id: '1', verticals: ['food'], accounts: [account({ id: '11', rate: 500 })] })
    const onTopic = kol({ id: '2', accounts: [account({ id: '21', rate: 50_000 })] })
    const byDefault = rankAll([cheap, onTopic], campaign())
    const costFirst = rankAll([cheap, onTopic], campaign({ weights: { cost: 5 } }))
    expect(byDefault.items.map(({ kolId }) => kolId)).toEqual(['2', '1'])
    expect(costFirst.items.map(({ kolId }) => kolId)).toEqual(['1', '2'])
    expect(costFirst.weights).toEqual({ ...DEFAULT_WEIGHTS, cost: 5 })
    expect(part(costFirst.items[0], 'cost').weight).toBeCloseTo(5 / 5.9, 3)
  })
})

describe('a component the campaign gives nothing to measure against', () => {
  const item = (overrides: Parameters<typeof campaign>[0]) => rankAll([kol()], campaign(overrides)).items[0]

  it.each([
    ['audience', { persona: null }, '目标人群'],
    ['audience', { persona: { gender: 'any', ageMin: 0, ageMax: 99, cityTiers: [] } }, '目标人群'],
    ['relevance', { verticals: [], styles: [] }, '垂类'],
    ['cost', { targetCpe: null }, 'CPE'],
    ['cost', { targetCpe: 0 }, 'CPE'],
  ] as const)('%s has weight 0 and says why (%j)', (name, overrides, phrase) => {
    const scored = item(overrides)
    expect(part(scored, name)).toMatchObject({ weight: 0, contribution: 0, applicable: false, estimated: false })
    expect(part(scored, name).note?.zh).toContain(phrase)
    expect(part(scored, name).note?.en).toMatch(/^The campaign/)
    expect(scored.breakdown.reduce((sum, { weight }) => sum + weight, 0)).toBeCloseTo(1, 2)
  })

  it('leaves the others their weights in proportion', () => {
    const scored = item({ persona: null })
    expect(part(scored, 'relevance').weight).toBeCloseTo(0.2 / 0.7, 3)
    expect(rankAll([kol()], campaign({ persona: null })).weights).toEqual(DEFAULT_WEIGHTS)
  })

  it('gives a score of 0 and no confidence when no weight is left at all', () => {
    const zero = Object.fromEntries(SCORE_COMPONENTS.map((component) => [component, 0]))
    expect(item({ weights: zero })).toMatchObject({ score: 0, confidence: 0 })
  })
})
