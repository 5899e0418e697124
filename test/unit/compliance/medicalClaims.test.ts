import { describe, expect, it } from 'vitest'

import { scanMedicalClaims } from '../../../src/compliance'

const found = (text: string, category: Parameters<typeof scanMedicalClaims>[2]) =>
  scanMedicalClaims(text, 'body', category).map(({ term, level, match }) => ({
    term,
    level,
    text: match?.text,
  }))

describe('scanMedicalClaims', () => {
  it('does not apply to products outside the regulated categories', () => {
    expect(found('治疗湿疹，杀菌消炎', 'other')).toEqual([])
  })

  it('blocks disease-treatment and medical language for cosmetics', () => {
    expect(found('这款面霜能治疗湿疹，还能杀菌消炎，是药妆', 'cosmetics')).toEqual([
      { term: '治疗', level: 'block', text: '治疗' },
      { term: '杀菌', level: 'block', text: '杀菌' },
      { term: '消炎', level: 'block', text: '消炎' },
      { term: '药妆', level: 'block', text: '药妆' },
    ])
  })

  it('leaves process and material words to a reviewer for food and baby products', () => {
    expect(found('巴氏杀菌乳，增强免疫力，降血糖', 'food')).toEqual([
      { term: '杀菌', level: 'review', text: '杀菌' },
      { term: '增强免疫力', level: 'review', text: '增强免疫力' },
      { term: '降血糖', level: 'block', text: '降血糖' },
    ])
    expect(found('医用级硅胶奶嘴，防过敏', 'mother-baby')).toEqual([
      { term: '医用', level: 'review', text: '医用' },
      { term: '防过敏', level: 'block', text: '防过敏' },
    ])
  })

  it('cites the category’s own law and names the category in the message', () => {
    const [cosmetics] = scanMedicalClaims('根治痘痘', 'title', 'cosmetics')
    expect(cosmetics).toMatchObject({ rule: 'medical-claim', field: 'title', term: '根治' })
    expect(cosmetics.law.zh).toContain('《广告法》第十七条')
    expect(cosmetics.law.zh).toContain('《化妆品监督管理条例》')
    expect(cosmetics.message.zh).toContain('化妆品')
    expect(cosmetics.message.en).toContain('cosmetics')
    expect(cosmetics.suggestion?.zh).toContain('保湿')

    const [food] = scanMedicalClaims('抗癌食品', 'title', 'food')
    expect(food.law.zh).toContain('《食品安全法》第七十三条')
    expect(food.message.en).toContain('food')
  })

  it('matches through full-width forms and hidden characters, with original offsets', () => {
    const text = '🧴✨治\u200d疗痘痘'
    const [hit] = scanMedicalClaims(text, 'body', 'cosmetics')
    expect(hit.match).toEqual({ text: '治\u200d疗', start: 3, end: 6 })
    expect(text.slice(3, 6)).toBe(hit.match?.text)
  })

  it('skips allowed product names', () => {
    const hits = scanMedicalClaims('抑菌湿巾，抑菌率高', 'body', 'mother-baby', {
      allowTerms: ['抑菌湿巾'],
    })
    expect(hits.map(({ match }) => match?.start)).toEqual([5])
  })
})
