import { describe, expect, it } from 'vitest'

import { coverCropsOf } from '../../../src/platforms/coverCrops'
import { FORMAT_RULES } from '../../../src/platforms/rules'

describe('coverCropsOf: the cover a format posts at each crop', () => {
  it('gives each of the format’s crops its generated size, in the rules’ order', () => {
    const media = {
      sizes: {
        square: { filename: 'a-1080x1080.jpg', url: '/media/a-1080x1080.jpg', width: 1080, height: 1080 },
        wide235: { filename: 'a-900x383.jpg', url: '/media/a-900x383.jpg', width: 900, height: 383 },
        portrait3x4: { filename: 'a-1080x1440.jpg', url: '/media/a-1080x1440.jpg', width: 1080, height: 1440 },
      },
    }
    expect(coverCropsOf(FORMAT_RULES['wechat-article'], media)).toEqual([
      { crop: 'wide235', size: media.sizes.wide235 },
      { crop: 'square', size: media.sizes.square },
    ])
  })

  it('has no size for a crop the image was too small for (Payload generated none), and nothing without a cover', () => {
    const small = { sizes: { wide235: { filename: 'a-900x383.jpg', url: '/media/a-900x383.jpg' }, square: { filename: null, url: null } } }
    expect(coverCropsOf(FORMAT_RULES['wechat-article'], small)).toEqual([
      { crop: 'wide235', size: small.sizes.wide235 },
      { crop: 'square', size: null },
    ])
    expect(coverCropsOf(FORMAT_RULES['wechat-article'], null)).toEqual([
      { crop: 'wide235', size: null },
      { crop: 'square', size: null },
    ])
    expect(coverCropsOf(FORMAT_RULES['weibo-post'], small)).toEqual([])
  })
})
