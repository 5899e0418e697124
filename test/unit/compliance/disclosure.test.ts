import { describe, expect, it } from 'vitest'

import { checkDisclosure, type DisclosureInput, WHOLE_VARIANT_FIELD } from '../../../src/compliance'

const XINGTU = { zh: '巨量星图', en: 'Xingtu (Douyin)' }

const withTitle = (title: string, rest: Partial<DisclosureInput> = {}): DisclosureInput => ({
  paid: true,
  texts: [
    { field: 'title', text: title },
    { field: 'body', text: '这款面霜很好用' },
  ],
  ...rest,
})

const terms = (input: DisclosureInput) =>
  checkDisclosure(input).map(({ term, level }) => [term, level])

describe('checkDisclosure', () => {
  it('asks nothing of unpaid content', () => {
    expect(
      checkDisclosure(withTitle('好物分享', { paid: false, commercialChannel: XINGTU })),
    ).toEqual([])
  })

  it.each([
    '【广告】好物分享',
    '「广告」好物分享',
    '好物分享 #广告',
    '广告 | 好物分享',
    '广告丨新品',
    '(广告) 新品',
    '＃广告＃',
  ])('accepts the visible label in %s', (title) => {
    expect(terms(withTitle(title))).toEqual([])
  })

  it.each(['好物分享', '广告法小课堂', '我的广告词', '这不是广告', '非广告', '广告位招租'])(
    'blocks paid content whose only 广告 is a compound or a denial: %s',
    (title) => {
      const [hit, ...others] = checkDisclosure(withTitle(title))
      expect(others).toEqual([])
      expect(hit).toMatchObject({
        rule: 'disclosure',
        level: 'block',
        term: '广告',
        field: WHOLE_VARIANT_FIELD,
      })
      expect(hit.match).toBeUndefined()
      expect(hit.law.zh.startsWith('《互联网广告管理办法》第九条')).toBe(true)
      expect(hit.message.en).toContain('广告')
    },
  )

  it('accepts a recorded commercial order instead of the label, but not a blank one', () => {
    expect(terms(withTitle('好物分享', { commercialOrderId: 'XT-20261123-001' }))).toEqual([])
    expect(terms(withTitle('好物分享', { commercialOrderId: '  ' }))).toEqual([['广告', 'block']])
  })

  it('copes with missing texts', () => {
    const input = {
      paid: true,
      texts: [
        { field: 'title', text: null },
        { field: 'body', text: undefined },
      ],
    }
    expect(terms(input)).toEqual([['广告', 'block']])
  })

  it('flags paid content outside the platform’s commercial channel (水下) for review', () => {
    const hits = checkDisclosure(withTitle('【广告】好物分享', { commercialChannel: XINGTU }))
    expect(hits.map(({ term, level }) => [term, level])).toEqual([['水下', 'review']])
    expect(hits[0].message.zh).toContain('巨量星图')
    expect(hits[0].message.en).toContain('Xingtu (Douyin)')
    expect(hits[0].suggestion?.zh).toContain('巨量星图')
    expect(
      terms(withTitle('好物分享', { commercialChannel: XINGTU, commercialOrderId: '123' })),
    ).toEqual([])
  })

  it('reports both a missing label and a missing order', () => {
    expect(terms(withTitle('好物分享', { commercialChannel: XINGTU }))).toEqual([
      ['广告', 'block'],
      ['水下', 'review'],
    ])
  })

  it('blocks a paid Douyin post without the marketing self-declaration', () => {
    const douyin = {
      requiresMarketingDeclaration: true,
      commercialOrderId: '123',
      commercialChannel: XINGTU,
    }
    const [hit, ...others] = checkDisclosure(withTitle('好物分享', douyin))
    expect(others).toEqual([])
    expect(hit).toMatchObject({ rule: 'disclosure', level: 'block', term: '内容含营销推广信息' })
    expect(hit.message.zh).toContain('内容含营销推广信息')
    expect(terms(withTitle('好物分享', { ...douyin, marketingDeclared: true }))).toEqual([])
    expect(terms(withTitle('好物分享', { ...douyin, paid: false }))).toEqual([])
  })
})
