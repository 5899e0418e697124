import { describe, expect, it } from 'vitest'

import { renderVariant } from '../../../src/platforms/render'

const body = '换季干皮救星，上脸一点都不黏。'

describe('renderVariant', () => {
  it('closes Weibo topics on both sides and puts a space after each mention', () => {
    const post = renderVariant({
      format: 'weibo-post',
      body,
      hashtags: ['秋冬护肤', '#干皮#'],
      mentions: [{ name: '美妆博主小鹿' }],
    })
    expect(post.text).toBe(`${body}\n@美妆博主小鹿 #秋冬护肤# #干皮#`)
    expect(post.hashtags).toEqual(['秋冬护肤', '干皮'])
  })

  it('writes Xiaohongshu topics in the export syntax, with the title apart', () => {
    const post = renderVariant({
      format: 'xiaohongshu-image-note',
      title: '干皮亲妈面霜🧴真的绝',
      body,
      hashtags: ['干皮护肤[话题]', '面霜推荐'],
    })
    expect(post.title).toBe('干皮亲妈面霜🧴真的绝')
    expect(post.text).toBe(`${body}\n#干皮护肤[话题]# #面霜推荐[话题]#`)
  })

  it('writes Douyin topics inline, each ended by a space, and keeps the mentioned ids', () => {
    const post = renderVariant({
      format: 'douyin-video',
      title: '三十秒看懂成分表',
      body: '成分党必看',
      hashtags: ['护肤 小知识', '成分党'],
      mentions: [{ name: '配方师阿杰', platformUserId: 'open_id_123' }],
    })
    expect(post.text).toBe('成分党必看\n@配方师阿杰 #护肤小知识 #成分党')
    expect(post.mentions).toEqual([{ name: '配方师阿杰', platformUserId: 'open_id_123' }])
  })

  it('labels paid content 广告 unless it carries the platform’s commercial order', () => {
    expect(renderVariant({ format: 'weibo-post', body, paid: true }).text).toBe(`【广告】${body}`)
    expect(renderVariant({ format: 'weibo-post', body, paid: true, commercialOrderId: 'WRW-2026-88' }).text).toBe(body)
    expect(renderVariant({ format: 'weibo-post', body, paid: false }).text).toBe(body)
  })

  it('leaves topics and mentions out where the format has none', () => {
    const post = renderVariant({ format: 'wecom-moments', body, hashtags: ['福利'], mentions: [{ name: '店长' }] })
    expect(post.text).toBe(body)
    expect(post.hashtags).toEqual([])
    expect(post.mentions).toEqual([])
  })

  it('cuts a WeChat article title at 32 characters without splitting an emoji', () => {
    const title = `${'秋'.repeat(31)}👩‍👩‍👧后面的字`
    const post = renderVariant({ format: 'wechat-article', title, body: '<p>正文</p>' })
    expect(post.title).toBe(`${'秋'.repeat(31)}👩‍👩‍👧`)
    const over = renderVariant({ format: 'wechat-article', title: `${'秋'.repeat(32)}👩‍👩‍👧`, body: '<p>正文</p>' })
    expect(over.title).toBe('秋'.repeat(32))
    expect(over.truncated).toEqual(['title'])
  })

  it('takes the WeChat digest from the first 54 characters of the article text', () => {
    const article = `<h2>秋冬干皮指南</h2><p>${'润'.repeat(60)}</p>`
    const post = renderVariant({ format: 'wechat-article', title: '指南', body: article })
    expect(post.digest).toBe(`秋冬干皮指南 ${'润'.repeat(47)}`)
    expect(renderVariant({ format: 'wechat-article', title: '指南', body: article, digest: '自己写的摘要' }).digest).toBe(
      '自己写的摘要',
    )
  })

  it('shortens the body, never the label or topics, when the post is over the limit', () => {
    const post = renderVariant({ format: 'xiaohongshu-image-note', title: 't', body: '长'.repeat(1_100), hashtags: ['种草'], paid: true })
    expect(post.text.startsWith('【广告】长')).toBe(true)
    expect(post.text.endsWith('\n#种草[话题]#')).toBe(true)
    expect([...new Intl.Segmenter().segment(post.text)].length).toBe(1_000)
    expect(post.truncated).toEqual(['text'])
  })
})
