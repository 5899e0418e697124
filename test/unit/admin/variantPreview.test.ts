import { describe, expect, it } from 'vitest'

import type { VariantContent } from '../../../src/platforms/render'

import { textSegments } from '../../../src/admin/VariantPreview/segments'
import { renderVariant } from '../../../src/platforms/render'

const parts = (variant: VariantContent) => textSegments(renderVariant(variant)).map(({ kind, text }) => `${kind}:${text}`)

describe('variant preview: the rendered post’s label, topics and mentions', () => {
  it('finds Xiaohongshu topics and mentions in the text renderVariant made, and the 广告 label', () => {
    const rendered = renderVariant({
      format: 'xiaohongshu-image-note',
      title: '干皮亲妈面霜',
      body: '上脸不黏。',
      hashtags: ['干皮护肤', '面霜推荐'],
      mentions: [{ name: '护肤博主小鹿' }],
      paid: true,
    })
    expect(textSegments(rendered).map(({ kind, text }) => `${kind}:${text}`)).toEqual([
      'label:【广告】',
      'text:上脸不黏。\n',
      'mention:@护肤博主小鹿',
      'text: ',
      'topic:#干皮护肤[话题]#',
      'text: ',
      'topic:#面霜推荐[话题]#',
    ])
    expect(
      textSegments(rendered)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(rendered.text)
  })

  it('finds Weibo’s closed topics and Douyin’s open ones', () => {
    expect(parts({ format: 'weibo-post', body: '新色上线', hashtags: ['新品上市'] })).toEqual(['text:新色上线\n', 'topic:#新品上市#'])
    expect(parts({ format: 'douyin-video', title: '实测', body: '结果有点意外', hashtags: ['防晒测评', '通勤'] })).toEqual([
      'text:结果有点意外\n',
      'topic:#防晒测评',
      'text: ',
      'topic:#通勤',
    ])
  })

  it('marks only the post’s own topics and mentions: C#, links, e-mail addresses and quoted topics in the body stay text', () => {
    const body = '学 C# 的同学看 https://example.com/#faq ，问题发 hi@brand.cn，#干皮护肤 也聊过'
    expect(parts({ format: 'douyin-video', title: '实测', body, hashtags: ['干皮护肤'], mentions: [{ name: '小鹿' }] })).toEqual([
      `text:${body}\n`,
      'mention:@小鹿',
      'text: ',
      'topic:#干皮护肤',
    ])
  })

  it('leaves plain text alone', () => {
    expect(parts({ format: 'weibo-post', body: '没有话题的文案' })).toEqual(['text:没有话题的文案'])
    expect(textSegments({ format: 'weibo-post', text: '', hashtags: [], mentions: [] })).toEqual([])
  })
})
