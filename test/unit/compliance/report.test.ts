import { describe, expect, it } from 'vitest'

import { buildComplianceReport, WHOLE_VARIANT_FIELD } from '../../../src/compliance'

const summary = (report: ReturnType<typeof buildComplianceReport>) =>
  report.hits.map(({ field, rule, term, match }) => [field, rule, term, match?.start])

describe('buildComplianceReport', () => {
  it('is ok for clean content', () => {
    const report = buildComplianceReport({
      texts: [{ field: 'title', text: '秋冬保湿面霜分享' }],
      forbidsDiversion: true,
      category: 'cosmetics',
    })
    expect(report).toEqual({ ok: true, blockCount: 0, reviewCount: 0, hits: [] })
  })

  it('orders hits by the fields given, then by offset, with variant-level hits last', () => {
    const report = buildComplianceReport({
      texts: [
        { field: 'body', text: '加vx abc_123，这款精华能消炎，最好用' },
        { field: 'title', text: '全网最新' },
        { field: 'caption', text: null },
      ],
      forbidsDiversion: true,
      category: 'cosmetics',
      disclosure: { paid: true },
    })
    expect(summary(report)).toEqual([
      ['body', 'diversion', '微信号', 1],
      ['body', 'medical-claim', '消炎', 17],
      ['body', 'absolute-term', '最好', 20],
      ['title', 'absolute-term', '全网', 0],
      ['title', 'absolute-term', '最新', 2],
      [WHOLE_VARIANT_FIELD, 'disclosure', '广告', undefined],
    ])
    expect(report).toMatchObject({ ok: false, blockCount: 4, reviewCount: 2 })
  })

  it('is ok with review hits only', () => {
    const report = buildComplianceReport({
      texts: [{ field: 'title', text: '首选好物' }],
      forbidsDiversion: false,
    })
    expect(report).toMatchObject({ ok: true, blockCount: 0, reviewCount: 1 })
  })

  it('checks 导流 only where the platform forbids it', () => {
    const texts = [{ field: 'body', text: '官网 abc.com 电话 13800138000' }]
    expect(buildComplianceReport({ texts, forbidsDiversion: false }).hits).toEqual([])
    expect(buildComplianceReport({ texts, forbidsDiversion: true }).blockCount).toBe(2)
  })

  it('checks medical claims only for a regulated category', () => {
    const texts = [{ field: 'body', text: '抑菌配方' }]
    expect(buildComplianceReport({ texts, forbidsDiversion: false }).hits).toEqual([])
    expect(
      buildComplianceReport({ texts, forbidsDiversion: false, category: 'other' }).hits,
    ).toEqual([])
    expect(
      summary(buildComplianceReport({ texts, forbidsDiversion: false, category: 'food' })),
    ).toEqual([['body', 'medical-claim', '抑菌', 0]])
  })

  it('passes brand and product names to the term scanners', () => {
    const report = buildComplianceReport({
      texts: [{ field: 'title', text: '极致修护精华，极致体验' }],
      forbidsDiversion: true,
      allowTerms: ['极致修护精华'],
    })
    expect(summary(report)).toEqual([['title', 'absolute-term', '极致', 7]])
  })

  it('looks for the disclosure label across all the texts', () => {
    const report = buildComplianceReport({
      texts: [
        { field: 'title', text: '秋冬面霜' },
        { field: 'body', text: '好用 #广告' },
      ],
      forbidsDiversion: true,
      disclosure: { paid: true },
    })
    expect(report.hits).toEqual([])
  })
})
