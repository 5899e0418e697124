import { describe, expect, it } from 'vitest'

import { formatCell, parseCell, readNumber } from '../../../src/kolImport/cells'
import { columnAt } from '../../../src/kolImport/columns'

const read = (path: string, text: string) => parseCell(columnAt(path), text)
const reasonOf = (path: string, text: string) => {
  const result = read(path, text)
  if (result.ok) throw new Error(`“${text}” was accepted as ${JSON.stringify(result.value)}`)
  return result.reason
}

describe('KOL CSV cells', () => {
  it('reads numbers as KOL sheets write them', () => {
    expect(readNumber('12,345')).toBe(12_345)
    expect(readNumber('1.2万')).toBe(12_000)
    expect(readNumber('3w')).toBe(30_000)
    expect(readNumber('1.5亿')).toBe(150_000_000)
    expect(readNumber('１２３')).toBe(123)
    expect(readNumber('1e5')).toBe(100_000)
    expect(readNumber('10万+')).toBeNull()
    expect(readNumber('abc')).toBeNull()
  })

  it('refuses negative, fractional and non-numeric followers with a reason in Chinese and English', () => {
    expect(reasonOf('followers', '-5')).toEqual({ zh: '不能为负数', en: 'must not be negative' })
    expect(reasonOf('followers', '12.5').zh).toBe('须为整数')
    expect(reasonOf('followers', '很多').zh).toBe('「很多」不是有效的数字')
    expect(read('avgViews', '12.5')).toEqual({ ok: true, value: 12.5 })
  })

  it('reads shares as fractions or percentages and refuses anything outside 0–1', () => {
    expect(read('fakeFollowerRatio', '0.06')).toEqual({ ok: true, value: 0.06 })
    expect(read('audience.femaleShare', '88%')).toEqual({ ok: true, value: 0.88 })
    expect(read('audience.femaleShare', '88 ％')).toEqual({ ok: true, value: 0.88 })
    expect(reasonOf('fakeFollowerRatio', '1.5').zh).toBe('「1.5」超出 0–1；百分比请带 %，如 35%')
    expect(reasonOf('fakeFollowerRatio', '-0.1').zh).toBe('须在 0–1 之间（也可写成 0%–100%）')
    expect(reasonOf('fakeFollowerRatio', '120%').zh).toBe('须在 0–1 之间（也可写成 0%–100%）')
  })

  it('knows platforms by their Chinese and English names, slugs and common nicknames', () => {
    for (const text of ['小红书', 'Xiaohongshu', 'xiaohongshu', 'XHS', '红书']) expect(read('platform', text)).toEqual({ ok: true, value: 'xiaohongshu' })
    expect(read('platform', '微信视频号')).toEqual({ ok: true, value: 'wechat-channels' })
    expect(read('platform', 'wechat-oa')).toEqual({ ok: true, value: 'wechat-oa' })
    expect(reasonOf('platform', '快手')).toEqual({
      zh: '无法识别「快手」，可选：小红书、抖音、微博、视频号、公众号',
      en: 'unknown value “快手”; one of: Xiaohongshu, Douyin, Weibo, WeChat Channels, WeChat Official Account',
    })
  })

  it('splits multi-values on | and 、 and refuses unknown or repeated ones', () => {
    expect(read('verticals', '护肤|美妆')).toEqual({ ok: true, value: ['skincare', 'beauty'] })
    expect(read('styles', '教程、Vlog')).toEqual({ ok: true, value: ['tutorial', 'vlog'] })
    expect(read('audience.topProvinces', '广东 | 浙江、上海')).toEqual({ ok: true, value: ['广东', '浙江', '上海'] })
    expect(reasonOf('verticals', '护肤|汽车').zh).toMatch(/^无法识别「汽车」，可选：美妆、护肤/)
    expect(reasonOf('verticals', '护肤|skincare').zh).toBe('「skincare」重复')
  })

  it('reads a rate card of format:price pairs', () => {
    expect(read('rateCard', '小红书图文笔记:6000|小红书视频笔记：1.2万')).toEqual({
      ok: true,
      value: [
        { format: 'xiaohongshu-image-note', price: 6000 },
        { format: 'xiaohongshu-video-note', price: 12_000 },
      ],
    })
    expect(reasonOf('rateCard', '小红书图文笔记 6000').zh).toMatch(/^无法识别报价「小红书图文笔记 6000」，格式为「内容形式:价格」/)
    expect(reasonOf('rateCard', '直播:6000').zh).toMatch(/^无法识别内容形式「直播」/)
    expect(reasonOf('rateCard', '抖音视频:-1').zh).toBe('报价「抖音视频:-1」的价格须为不小于 0 的数字')
  })

  it('limits text length and keeps one-line fields on one line', () => {
    expect(reasonOf('name', '达'.repeat(101))).toEqual({ zh: '超过 100 个字符（当前 101 个）', en: 'longer than 100 characters (101)' })
    expect(reasonOf('handle', '第一行\n第二行').zh).toBe('不能包含换行')
    expect(read('contact.address', '上海市\n徐汇区')).toEqual({ ok: true, value: '上海市\n徐汇区' })
    // Emoji count as one character each, as people count them.
    expect(read('name', '😀'.repeat(100)).ok).toBe(true)
  })

  it('checks emails, links, phone numbers and IDs', () => {
    expect(reasonOf('contact.email', 'not-an-email').zh).toBe('不是有效的邮箱地址')
    expect(reasonOf('url', 'xiaohongshu.com/user/1').zh).toBe('须为以 http:// 或 https:// 开头的链接')
    expect(read('url', 'https://www.xiaohongshu.com/user/profile/1')).toEqual({ ok: true, value: 'https://www.xiaohongshu.com/user/profile/1' })
    expect(read('contact.phone', '+86 138-0013-8000')).toEqual({ ok: true, value: '+86 138-0013-8000' })
    expect(reasonOf('contact.phone', '微信同号').zh).toMatch(/^不是有效的电话号码/)
    expect(read('id', '42')).toEqual({ ok: true, value: '42' })
    expect(read('id', '6566f0c2a1b2c3d4e5f60718')).toEqual({ ok: true, value: '6566f0c2a1b2c3d4e5f60718' })
    expect(reasonOf('id', 'abc').zh).toBe('达人ID 须为数字或系统导出的 ID')
  })

  it('writes values as the import reads them, and defuses spreadsheet formulas both ways', () => {
    expect(formatCell(columnAt('platform'), 'wechat-channels')).toBe('视频号')
    expect(formatCell(columnAt('verticals'), ['skincare', 'beauty'])).toBe('护肤|美妆')
    expect(formatCell(columnAt('rateCard'), [{ format: 'douyin-video', price: 4800 }])).toBe('抖音视频:4800')
    expect(formatCell(columnAt('followers'), null)).toBe('')
    const formula = formatCell(columnAt('contract.notes'), '=HYPERLINK("http://evil","点我")')
    expect(formula).toBe(`'=HYPERLINK("http://evil","点我")`)
    expect(read('contract.notes', formula)).toEqual({ ok: true, value: '=HYPERLINK("http://evil","点我")' })
    expect(formatCell(columnAt('contact.phone'), '+86 138')).toBe(`'+86 138`)
    expect(read('contact.phone', `'+86 13800138000`)).toEqual({ ok: true, value: '+86 13800138000' })
  })
})
