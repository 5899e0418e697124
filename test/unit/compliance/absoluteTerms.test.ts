import { describe, expect, it } from 'vitest'

import { createAbsoluteTermScanner, scanAbsoluteTerms } from '../../../src/compliance'
import { ABSOLUTE_TERMS_BLOCK, ABSOLUTE_TERMS_REVIEW } from '../../../src/compliance/terms'

const found = (text: string, allowTerms?: readonly string[]) =>
  scanAbsoluteTerms(text, 'body', { allowTerms }).map(({ term, level, match }) => ({
    term,
    level,
    text: match?.text,
  }))

describe('scanAbsoluteTerms', () => {
  it('reports each SPEC §3.1 term at its level, once', () => {
    for (const [terms, level] of [
      [ABSOLUTE_TERMS_BLOCK, 'block'],
      [ABSOLUTE_TERMS_REVIEW, 'review'],
    ] as const) {
      for (const term of terms) {
        expect(found(`这款${term}。`), term).toEqual([{ term, level, text: term }])
      }
    }
  })

  it('matches NO.1 and Top1 whatever the case, width or separator', () => {
    const variants = {
      'NO.1': ['NO.1', 'No.1', 'no 1', 'ＮＯ．１', 'no. 1', '№1', 'NO-1'],
      Top1: ['TOP1', 'Top 1', 'top-1', 'ＴＯＰ１'],
    }
    for (const [term, spellings] of Object.entries(variants)) {
      for (const spelling of spellings) {
        expect(found(`我们是${spelling}好物`), spelling).toEqual([
          { term, level: 'block', text: spelling },
        ])
      }
    }
  })

  it('does not read Latin terms out of longer words or numbers', () => {
    expect(found('laptop1 piano 1 TOP10 NO.12 stop 1')).toEqual([])
  })

  it('points into the original text across emoji, ZWJ sequences, marks and full-width forms', () => {
    const text = '👩‍👩‍👧 我们是ＮＯ．１！🎉最\u200b好的é\u0301 全网销量第一✨ 1️⃣ top 1️⃣'
    const hits = scanAbsoluteTerms(text, 'caption')
    expect(hits.map((hit) => hit.match?.text)).toEqual([
      'ＮＯ．１',
      '最\u200b好',
      '全网销量第一',
      'top 1️⃣',
    ])
    for (const { match } of hits) {
      expect(match && text.slice(match.start, match.end)).toBe(match?.text)
    }
  })

  it('reports the longest term at a position and nothing inside it', () => {
    expect(found('全网销量第一')).toEqual([
      { term: '全网销量第一', level: 'block', text: '全网销量第一' },
    ])
    expect(found('最高级的享受')).toEqual([{ term: '最高级', level: 'block', text: '最高级' }])
    expect(found('全网最低价')).toEqual([
      { term: '全网', level: 'review', text: '全网' },
      { term: '最低', level: 'block', text: '最低' },
    ])
  })

  it('blocks a phrase listed at both levels', () => {
    const scan = createAbsoluteTermScanner({
      block: ['NO.1'],
      review: ['no 1', '爆款'],
      contextAllowList: [],
      suggestions: {},
    })
    expect(scan('No.1 爆款', 'title').map(({ term, level }) => ({ term, level }))).toEqual([
      { term: 'NO.1', level: 'block' },
      { term: '爆款', level: 'review' },
    ])
  })

  it('lets everyday phrases through: 第一次 is only a review term, 最近 and 最后 nothing', () => {
    expect(found('第一次用就爱上')).toEqual([{ term: '第一次', level: 'review', text: '第一次' }])
    expect(found('最近在用，最后一天打卡，最初有点犹豫')).toEqual([])
    expect(found('使用第一天、第一周就有感觉，护肤第一步，第一时间发货，第一季度上新')).toEqual([])
    expect(found('第一眼就心动，唯一的缺点是贵')).toEqual([])
  })

  it('still blocks claims that start like an allowed phrase', () => {
    expect(found('第一天然品牌')).toEqual([{ term: '第一', level: 'block', text: '第一' }])
    expect(found('国货第一眼霜')).toEqual([{ term: '第一', level: 'block', text: '第一' }])
    expect(found('最终极的体验')).toEqual([{ term: '终极', level: 'block', text: '终极' }])
  })

  it('skips terms inside allowed brand and product names, but not elsewhere', () => {
    const text = '极致修护精华，极致体验'
    expect(found(text)).toHaveLength(2)
    const hits = scanAbsoluteTerms(text, 'title', { allowTerms: ['极致修护精华'] })
    expect(hits.map(({ term, match }) => [term, match?.start])).toEqual([['极致', 7]])
    expect(found('ｎｏ.1 Serum 真好用', ['NO.1 serum'])).toEqual([])
  })

  it('cites the law, explains in both languages and suggests a rewording', () => {
    const [hit] = scanAbsoluteTerms('最好的面霜', 'variants.2.caption')
    expect(hit).toMatchObject({ rule: 'absolute-term', field: 'variants.2.caption', term: '最好' })
    expect(hit.law.zh).toContain('《广告法》第九条第（三）项')
    expect(hit.law.zh).toContain('第五十七条')
    expect(hit.law.en).toContain('200,000')
    expect(hit.message.zh).toContain('「最好」')
    expect(hit.message.en).toContain('“最好”')
    expect(hit.suggestion?.zh).toContain('优质')
  })

  it('finds nothing in empty or clean text', () => {
    expect(found('')).toEqual([])
    expect(found('这款面霜质地轻薄，保湿效果不错。')).toEqual([])
  })
})
