import { describe, expect, it } from 'vitest'

import {
  DEFAULT_RANKING_FORM,
  EXCLUSIONS_PAGE_SIZE,
  exclusionVariables,
  inPipeline,
  pageCount,
  pipelineIndex,
  rankingVariables,
} from '../../../src/campaigns/ranking'

describe('the ranking form', () => {
  it('asks for the first page of every platform with no filters by default', () => {
    expect(rankingVariables('7', DEFAULT_RANKING_FORM)).toEqual({
      ok: true,
      variables: { campaign: '7', platform: null, limit: 10, offset: 0, filters: null },
    })
  })

  it('maps platform, tiers, vertical and budget to the ranking’s own filters, and the page to an offset', () => {
    const request = rankingVariables('7', {
      platform: 'xiaohongshu',
      tiers: ['mid', 'head'],
      vertical: 'beauty',
      maxRate: ' 20000 ',
      page: 3,
      pageSize: 20,
    })
    expect(request).toEqual({
      ok: true,
      variables: { campaign: '7', platform: 'xiaohongshu', limit: 20, offset: 40, filters: { tiers: ['mid', 'head'], verticals: ['beauty'], maxRate: 20_000 } },
    })
  })

  it('refuses a budget that is not an amount above 0, in both languages, naming the field', () => {
    for (const maxRate of ['abc', '0', '-5', 'Infinity']) {
      const request = rankingVariables('7', { ...DEFAULT_RANKING_FORM, maxRate })
      expect(request).toMatchObject({ ok: false, problem: { field: 'maxRate', message: { zh: '单价上限须为大于 0 的金额（元）。' } } })
    }
  })

  it('refuses values outside the vocabularies and falls back to sane pages', () => {
    expect(rankingVariables('7', { ...DEFAULT_RANKING_FORM, platform: 'tiktok' as never })).toMatchObject({ ok: false, problem: { field: 'platform' } })
    expect(rankingVariables('7', { ...DEFAULT_RANKING_FORM, tiers: ['giant' as never] })).toMatchObject({ ok: false, problem: { field: 'tiers' } })
    expect(rankingVariables('7', { ...DEFAULT_RANKING_FORM, vertical: 'cars' as never })).toMatchObject({ ok: false, problem: { field: 'vertical' } })
    expect(rankingVariables('7', { ...DEFAULT_RANKING_FORM, page: 0, pageSize: 1_000 })).toMatchObject({ ok: true, variables: { limit: 10, offset: 0 } })
  })

  it('asks for the accounts the same ranking leaves out, a page at a time from where the list stands', () => {
    const request = rankingVariables('7', { ...DEFAULT_RANKING_FORM, platform: 'douyin', tiers: ['mid'], page: 4 })
    if (!request.ok) throw new Error('valid form refused')
    expect(exclusionVariables(request.variables, 100)).toEqual({
      campaign: '7',
      platform: 'douyin',
      filters: { tiers: ['mid'] },
      limit: EXCLUSIONS_PAGE_SIZE,
      offset: 100,
    })
  })

  it('counts pages, at least one', () => {
    expect([pageCount(0, 10), pageCount(10, 10), pageCount(11, 10), pageCount(95, 20)]).toEqual([1, 1, 2, 5])
  })
})

describe('KOLs already in the pipeline', () => {
  it('are found by KOL and platform; a cancelled collaboration does not count', () => {
    const index = pipelineIndex([
      { kolId: '4', platform: 'xiaohongshu', stage: 'negotiating' },
      { kolId: '5', platform: 'douyin', stage: 'cancelled' },
      { kolId: 5, platform: 'weibo', stage: 'shortlisted' },
    ])
    expect(inPipeline(index, '4', 'xiaohongshu')?.stage).toBe('negotiating')
    expect(inPipeline(index, '4', 'douyin')).toBeUndefined()
    expect(inPipeline(index, '5', 'douyin')).toBeUndefined()
    expect(inPipeline(index, '5', 'weibo')?.stage).toBe('shortlisted')
  })
})
