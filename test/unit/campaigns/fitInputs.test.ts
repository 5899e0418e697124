import { describe, expect, it } from 'vitest'

import { describeFitInput, fitInputsOf } from '../../../src/campaigns/fitInputs'
import { account, campaign, kol, rankAll } from '../scoring/facts'

describe('breakdown inputs in the admin', () => {
  it('names and formats every input the scoring core explains, in Chinese', () => {
    const measured = kol({ id: '2', accounts: [account({ id: '2', fakeFollowerRatio: 0.2 })] })
    const { items } = rankAll([kol({ styles: ['review'], accounts: [account({ fakeFollowerRatio: null })] }), measured], campaign({ styles: ['review'] }))
    const described = items
      .find((item) => item.kolId === '1')!
      .breakdown.flatMap((part) =>
        Object.entries(part.inputs).map(([name, value]) => describeFitInput(part.component, { name, value: value === null ? null : String(value) }, 'zh')),
      )
    // No input falls through to its raw name: each has a Chinese label.
    for (const { label } of described) expect(label).toMatch(/[\u4e00-\u9fff]/)
    expect(described).toContainEqual({ label: '目标性别占比', value: '80%' })
    expect(described).toContainEqual({ label: '匹配的垂类/风格', value: '美妆、测评' })
    expect(described).toContainEqual({ label: '最低报价', value: '¥5,000' })
    expect(described).toContainEqual({ label: '水粉率', value: '无数据' })
    expect(described).toContainEqual({ label: '估算依据', value: '同平台中位数' })
    expect(described).toContainEqual({ label: '对比平台', value: '小红书' })
  })

  it('tells the two `rate` inputs apart by component, and says "none" for an empty match', () => {
    expect(describeFitInput('engagement', { name: 'rate', value: '0.05' }, 'en')).toEqual({ label: 'Engagement rate', value: '5%' })
    expect(describeFitInput('cost', { name: 'rate', value: '12000' }, 'en')).toEqual({ label: 'Lowest rate', value: '¥12,000' })
    expect(describeFitInput('relevance', { name: 'matched', value: '' }, 'zh')).toEqual({ label: '匹配的垂类/风格', value: '无' })
    expect(describeFitInput('cost', { name: 'weightedCpe', value: 'true' }, 'zh')).toEqual({ label: '加权 CPE', value: '是' })
    expect(describeFitInput('audience', { name: 'somethingNew', value: '3' }, 'zh')).toEqual({ label: 'somethingNew', value: '3' })
  })

  it('turns the scoring core’s inputs (as a snapshot stores them) into the query’s strings', () => {
    const inputs = { rate: 0.05, formula: 'engagements/views', weightedCpe: false, settled: null }
    expect(fitInputsOf(inputs)).toEqual([
      { name: 'rate', value: '0.05' },
      { name: 'formula', value: 'engagements/views' },
      { name: 'weightedCpe', value: 'false' },
      { name: 'settled', value: null },
    ])
    const components = ['engagement', 'engagement', 'cost', 'reputation'] as const
    expect(fitInputsOf(inputs).map((input, index) => describeFitInput(components[index]!, input, 'zh').value)).toEqual(['5%', '互动 ÷ 播放', '否', '无数据'])
  })
})
