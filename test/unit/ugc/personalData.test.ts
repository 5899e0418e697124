import { describe, expect, it } from 'vitest'

import { maskPersonalData } from '../../../src/ugc/personalData'

describe('masking contact data in shoppers’ texts', () => {
  it('masks phone numbers however they are written, WeChat IDs, emails and ID-card numbers', () => {
    const { text, masked } = maskPersonalData('好用！加微信 vx_abc123 或打 138-0013-8000，邮箱 me@example.com，身份证 11010519491231002X')
    expect(text).toBe('好用！加*** 或打 ***，邮箱 ***，身份证 ***')
    expect(masked.sort()).toEqual(['email', 'id-card', 'phone', 'wechat'])
  })

  it('catches full-width digits and leaves links for the compliance scan', () => {
    const { text, masked } = maskPersonalData('电话１３８００１３８０００ 链接 https://shop.example.com/x')
    expect(text).toBe('电话*** 链接 https://shop.example.com/x')
    expect(masked).toEqual(['phone'])
  })

  it('leaves an ordinary review as it is', () => {
    const review = '用了两周，第一次觉得干皮冬天也能不起皮。价格 199 元，50ml。'
    expect(maskPersonalData(review)).toEqual({ text: review, masked: [] })
  })
})
