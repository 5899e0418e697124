import { describe, expect, it } from 'vitest'

import { mayReadChannel, releasedChannels, scopeOf } from '../../../src/publishing/publisherScope'

describe('publisher scope', () => {
  it('reads the limits of a key, empty meaning every channel and brand', () => {
    expect(scopeOf({ publisherChannels: ['douyin'], publisherBrands: [3, { id: 5 }] })).toEqual({ channels: ['douyin'], brandIds: ['3', '5'] })
    expect(scopeOf({})).toEqual({ channels: [], brandIds: [] })
    expect(mayReadChannel(scopeOf({}), 'weibo-post')).toBe(true)
  })

  it('lets a key limited to Douyin read both Douyin formats and nothing else', () => {
    const douyin = scopeOf({ publisherChannels: ['douyin'] })
    expect(mayReadChannel(douyin, 'douyin-video')).toBe(true)
    expect(mayReadChannel(douyin, 'douyin-image-text')).toBe(true)
    expect(mayReadChannel(douyin, 'weibo-post')).toBe(false)
  })

  it('lists the channels with an approved, scheduled or published variant, once each', () => {
    expect(
      releasedChannels([
        { format: 'weibo-post', status: 'draft' },
        { format: 'douyin-video', status: 'approved' },
        { format: 'douyin-image-text', status: 'published' },
        { format: 'xiaohongshu-image-note', status: 'rejected' },
        { format: 'wechat-article', status: 'scheduled' },
      ]),
    ).toEqual(['douyin', 'wechat-oa'])
    expect(releasedChannels([])).toEqual([])
  })
})
