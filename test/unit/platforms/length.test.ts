import { describe, expect, it } from 'vitest'

import { cutToFit, graphemes, measure } from '../../../src/platforms/length'

const plain = { cjk: 1, ascii: 1, other: 1 }
const weibo = { cjk: 1, ascii: 0.5, other: 1 }
const family = '👩‍👩‍👧'
const flag = '🇨🇳'
const accented = 'é' // e + combining acute accent

describe('measure', () => {
  it('counts an emoji, a ZWJ family, a flag and a combined letter as one character each', () => {
    expect(family.length).toBe(8)
    expect(measure(`${family}${flag}${accented}`, plain, 'graphemes')).toBe(3)
  })

  it('counts a CJK character as one, and Latin as half on Weibo', () => {
    expect(measure('种草好物ab', plain, 'graphemes')).toBe(6)
    expect(measure('种草好物ab', weibo, 'graphemes')).toBe(5)
    expect(measure('种草，😀', weibo, 'graphemes')).toBe(4)
  })

  it('counts raw code units where the limit is on markup', () => {
    expect(measure(`<p>${family}</p>`, plain, 'code-units')).toBe(15)
  })
})

describe('cutToFit', () => {
  it('keeps text that fits exactly', () => {
    expect(cutToFit('一二三四五', 5, plain, 'graphemes')).toBe('一二三四五')
  })

  it('drops an emoji at the cut whole instead of splitting it', () => {
    expect(cutToFit(`一二三${family}五`, 3, plain, 'graphemes')).toBe('一二三')
    expect(cutToFit(`一二三${family}五`, 4, plain, 'graphemes')).toBe(`一二三${family}`)
    expect(cutToFit(`<b>${family}</b>`, 8, plain, 'code-units')).toBe('<b>')
  })

  it('cuts by weight: on Weibo two Latin letters fit where one CJK character does', () => {
    expect(cutToFit('ab种草', 2, weibo, 'graphemes')).toBe('ab种')
  })

  it('returns graphemes of the original, in order', () => {
    const text = `口碑${flag}好物${accented}🧴`
    expect(graphemes(cutToFit(text, 4, plain, 'graphemes'))).toEqual(graphemes(text).slice(0, 4))
  })
})
