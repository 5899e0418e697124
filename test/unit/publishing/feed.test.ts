import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { renderVariant } from '../../../src/platforms'
import { decodeCursor, encodeCursor } from '../../../src/publishing/cursor'
import { buildFeedItem, contentHashOf, type FeedVariant, type MediaDoc } from '../../../src/publishing/feedItem'

const cover: MediaDoc = {
  id: 7,
  filename: 'cover.jpg',
  mimeType: 'image/jpeg',
  width: 2160,
  height: 2880,
  filesize: 420_000,
  alt: '面霜',
  sizes: {
    portrait3x4: { filename: 'cover-1080x1440.jpg', width: 1080, height: 1440 },
    square: { filename: 'cover-1080x1080.jpg', width: 1080, height: 1080 },
  },
}
const video: MediaDoc = { id: 8, filename: 'clip.mp4', mimeType: 'video/mp4', durationSeconds: 42, filesize: 9_000_000 }
const media = new Map([
  ['7', cover],
  ['8', video],
])

const douyinVideo = (changes: Partial<FeedVariant> = {}, paid = false): FeedVariant => {
  const content = { format: 'douyin-video' as const, title: '通勤防晒实测', body: '油皮干皮一起测', hashtags: ['防晒测评'], commercialOrderId: null, paid }
  return {
    id: 'v1',
    format: 'douyin-video',
    status: 'approved',
    cover: 7,
    video: 8,
    scheduledAt: '2026-11-25T12:00:00.000Z',
    checks: { rendered: renderVariant(content), paid },
    ...changes,
  }
}
const link = (filename: string) => `/media/${filename}?sig=test`
const asset = { id: 3, brand: { id: 1 }, products: [4, { id: 5 }], tags: ['秋冬'] }

describe('feed items', () => {
  it('carry the rendering, the cover at the platform’s crops and the media in order', () => {
    const item = buildFeedItem(asset, douyinVideo(), media, link)
    expect(item).toMatchObject({
      assetId: '3',
      variantId: 'v1',
      platform: 'douyin',
      brandId: '1',
      productIds: ['4', '5'],
      text: '油皮干皮一起测\n#防晒测评',
      disclosureLabel: null,
      marketingDeclared: false,
      scheduledAt: '2026-11-25T12:00:00.000Z',
    })
    // Douyin takes 3:4 or 4:3 covers; the square size the image also has is not one of them.
    expect(item.cover.map((image) => image.crop)).toEqual(['portrait3x4'])
    expect(item.media.map((file) => file.url)).toEqual(['/media/clip.mp4?sig=test'])
    expect(item.cover[0]!.url).toBe('/media/cover-1080x1440.jpg?sig=test')
  })

  it('say 广告 for paid posts without a commercial order, and not with one', () => {
    expect(buildFeedItem(asset, douyinVideo({}, true), media, link).disclosureLabel).toBe('广告')
    expect(buildFeedItem(asset, douyinVideo({ commercialOrderId: 'XT-1' }, true), media, link).disclosureLabel).toBeNull()
  })

  it('hash equal content equally whatever the key order, and differently when anything changes', () => {
    const item = buildFeedItem(asset, douyinVideo(), media, link)
    const { contentHash, ...rest } = item
    const reordered = Object.fromEntries(Object.entries(rest).reverse()) as typeof rest
    expect(contentHashOf(reordered)).toBe(contentHash)
    expect(buildFeedItem(asset, douyinVideo({ scheduledAt: '2026-11-26T12:00:00.000Z' }), media, link).contentHash).not.toBe(contentHash)
    expect(buildFeedItem(asset, douyinVideo({ status: 'scheduled' }), media, link).contentHash).not.toBe(contentHash)
    expect(buildFeedItem(asset, douyinVideo(), new Map([['7', cover]]), link).contentHash).not.toBe(contentHash)
  })

  it('refuse a variant that was never reviewed rather than publish an unchecked text', () => {
    expect(() => buildFeedItem(asset, douyinVideo({ checks: null }), media, link)).toThrow(/not been reviewed/)
  })
})

describe('feed cursors', () => {
  it('round-trip any position', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }),
        fc.string({ minLength: 1 }),
        (date, variantId) => {
          const cursor = { changedAt: date.toISOString(), variantId }
          expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor)
        },
      ),
    )
  })

  it('reject anything the API did not issue', () => {
    for (const text of [
      '',
      'abc',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('["yesterday","v1"]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(decodeCursor(text)).toBeNull()
    }
  })
})
