import { describe, expect, it } from 'vitest'

import { detectDiversion } from '../../../src/compliance'

const found = (text: string) =>
  detectDiversion(text, 'body').map(({ term, match }) => ({ term, text: match?.text }))

describe('detectDiversion', () => {
  it.each([
    ['官网 https://www.example.com/path?x=1。', 'link', 'https://www.example.com/path?x=1'],
    ['戳 http://abc.cn', 'link', 'http://abc.cn'],
    ['看 www.example.de/abc 了解', 'link', 'www.example.de/abc'],
    ['详情见abc.com/xx哦', 'link', 'abc.com/xx'],
    ['短链 t.cn/A6xYz9 点开', 'link', 't.cn/A6xYz9'],
    ['ＷＷＷ．ＡＢＣ．ＣＯＭ', 'link', 'ＷＷＷ．ＡＢＣ．ＣＯＭ'],
    ['邮箱 Hello.Li@qq.com 联系', 'email', 'Hello.Li@qq.com'],
    ['扫码领券', '扫码', '扫码'],
    ['长按识别图片', '长按识别', '长按识别'],
    ['打开微信扫一扫', '扫一扫', '扫一扫'],
    ['加微信：abc_123', '微信号', '微信：abc_123'],
    ['微信号 abc_123 备注来意', '微信号', '微信号 abc_123'],
    ['VX:abc-123', '微信号', 'VX:abc-123'],
    ['v信 13800138000', '微信号', 'v信 13800138000'],
    ['威信：lily_2024', '微信号', '威信：lily_2024'],
    ['薇信 lily2024', '微信号', '薇信 lily2024'],
    ['wx：sunny888', '微信号', 'wx：sunny888'],
    ['电话13800138000', 'phone number', '13800138000'],
    ['电话 138 0013 8000', 'phone number', '138 0013 8000'],
    ['电话 138-0013-8000', 'phone number', '138-0013-8000'],
    ['+86 139 1234 5678', 'phone number', '+86 139 1234 5678'],
    ['致电 021-12345678', 'phone number', '021-12345678'],
    ['客服 400-123-4567', 'phone number', '400-123-4567'],
    ['１３８００１３８０００', 'phone number', '１３８００１３８０００'],
  ])('flags %s', (text, term, matched) => {
    expect(found(text)).toEqual([{ term, text: matched }])
  })

  it.each([
    '到手价199元，限时折扣3.5折',
    '活动时间 2026-11-23 至 2026-11-30 20:00',
    '10000+ 点赞，已售 12345678 件',
    'SKU 1234567890 货号 A-12345',
    'No.1 v2.5 版本，容量1.5L，e.g. 这个',
    '微信支付，关注微信公众号',
    '第138期，共 13800 人参与',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(found(text)).toEqual([])
  })

  it('blocks every hit and points into the original text around emoji', () => {
    const text = '👩‍👩‍👧姐妹们🎉加V信：abc_123💬或者打１３８ ００１３ ８０００📞'
    const hits = detectDiversion(text, 'caption')
    expect(hits.map(({ term }) => term)).toEqual(['微信号', 'phone number'])
    for (const hit of hits) {
      expect(hit).toMatchObject({ rule: 'diversion', level: 'block', field: 'caption' })
      expect(hit.match && text.slice(hit.match.start, hit.match.end)).toBe(hit.match?.text)
      expect(hit.law.zh).toContain('导流')
    }
  })

  it('sees through zero-width characters hidden in a phone number', () => {
    expect(found('138\u200b0013\u200b8000')).toEqual([
      { term: 'phone number', text: '138\u200b0013\u200b8000' },
    ])
  })

  it('explains the hit in both languages', () => {
    const [hit] = detectDiversion('加vx abc_123', 'body')
    expect(hit.message.zh).toContain('微信号')
    expect(hit.message.en).toContain('WeChat ID')
    expect(hit.suggestion?.zh).toContain('删除')
  })
})
