import { describe, expect, it } from 'vitest'

import { renderVariant } from '../../../src/platforms/render'
import { textSegments } from '../../../src/admin/VariantPreview/segments'

const parts = (text: string) => textSegments(text).map(({ kind, text }) => `${kind}:${text}`)

describe('variant preview: the rendered post’s label, topics and mentions', () => {
  it('finds Xiaohongshu topics and mentions in the text renderVariant made, and the 广告 label', () => {
    const { text } = renderVariant({
      format: 'xiaohongshu-image-note',
      title: '干皮亲妈面霜',
      body: '上脸不黏。',
      hashtags: ['干皮护肤', '面霜推荐'],
      mentions: [{ name: '护肤博主小鹿' }],
      paid: true,
    })
    expect(parts(text)).toEqual([
      'label:【广告】',
      'text:上脸不黏。\n',
      'mention:@护肤博主小鹿',
      'text: ',
      'topic:#干皮护肤[话题]#',
      'text: ',
      'topic:#面霜推荐[话题]#',
    ])
    expect(
      textSegments(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text)
  })

  it('finds Weibo’s closed topics and Douyin’s open ones', () => {
    expect(parts(renderVariant({ format: 'weibo-post', body: '新色上线', hashtags: ['新品上市'] }).text)).toEqual(['text:新色上线\n', 'topic:#新品上市#'])
    expect(parts(renderVariant({ format: 'douyin-video', title: '实测', body: '结果有点意外', hashtags: ['防晒测评', '通勤'] }).text)).toEqual([
      'text:结果有点意外\n',
      'topic:#防晒测评',
      'text: ',
      'topic:#通勤',
    ])
  })

  it('leaves plain text alone', () => {
    expect(parts('没有话题的文案')).toEqual(['text:没有话题的文案'])
    expect(textSegments('')).toEqual([])
  })
})
