import { describe, expect, it } from 'vitest'

import type { FormatId } from '../../../src/platforms/types'

import { FORMAT_IDS, FORMAT_RULES } from '../../../src/platforms/rules'
import { validateVariant, type VariantInput } from '../../../src/platforms/validate'

const bigImage = { mimeType: 'image/jpeg', width: 2160, height: 2880, bytes: 900_000 }
const video = { mimeType: 'video/mp4', durationSeconds: 60, bytes: 50_000_000, width: 1080, height: 1920 }

/** A variant that satisfies every rule of its format, to change one thing at a time. */
function validVariant(format: FormatId): VariantInput {
  const rules = FORMAT_RULES[format]
  return {
    format,
    title: rules.title ? '好'.repeat(rules.title.min ?? 1) : undefined,
    body: format === 'wechat-article' ? '<p>正文</p>' : '正文',
    images: rules.images ? Array.from({ length: Math.max(rules.images.min, 1) }, () => bigImage) : undefined,
    video: rules.video ? video : undefined,
    cover: rules.cover ? bigImage : undefined,
  }
}

const messagesAt = (variant: VariantInput, field: string) =>
  validateVariant(variant).issues.filter((issue) => issue.path[0] === field)

describe('validateVariant: every format', () => {
  it.each(FORMAT_IDS)('%s: a complete variant passes', (format) => {
    expect(validateVariant(validVariant(format)).issues).toEqual([])
  })

  it.each(FORMAT_IDS.filter((format) => FORMAT_RULES[format].title))(
    '%s: a title exactly at the limit passes, one over fails with its length and the limit',
    (format) => {
      const max = FORMAT_RULES[format].title!.max
      expect(messagesAt({ ...validVariant(format), title: '种'.repeat(max) }, 'title')).toEqual([])
      const [issue] = messagesAt({ ...validVariant(format), title: `${'种'.repeat(max - 1)}🧴😀` }, 'title')
      expect(issue?.message.zh).toContain(`共 ${max + 1} 字`)
      expect(issue?.message.zh).toContain(`上限 ${max} 字`)
      expect(issue?.message.en).toContain(`allows at most ${max}`)
    },
  )

  it.each(FORMAT_IDS.filter((format) => FORMAT_RULES[format].body.counting === 'graphemes'))(
    '%s: a body exactly at the limit passes, one over fails',
    (format) => {
      const { max } = FORMAT_RULES[format].body
      expect(messagesAt({ ...validVariant(format), body: '草'.repeat(max) }, 'body')).toEqual([])
      expect(messagesAt({ ...validVariant(format), body: '草'.repeat(max + 1) }, 'body')).toHaveLength(1)
    },
  )
})

describe('validateVariant: rules that are not about length', () => {
  it('counts topics, mentions and the 广告 label against the body limit', () => {
    const body = '草'.repeat(990)
    expect(messagesAt({ ...validVariant('xiaohongshu-image-note'), body }, 'body')).toEqual([])
    // 990 + 【广告】 4 + line break 1 + @小鹿 3 + space 1 + #种草[话题]# 8
    const labelled = { ...validVariant('xiaohongshu-image-note'), body, paid: true, mentions: [{ name: '小鹿' }], hashtags: ['种草'] }
    expect(messagesAt(labelled, 'body')[0]?.message.zh).toBe('正文共 1007 字，超出小红书图文笔记上限 1000 字')
  })

  it('weighs Latin at half on Weibo: 4,000 letters fit in 2,000 characters', () => {
    expect(messagesAt({ ...validVariant('weibo-post'), body: 'a'.repeat(4_000) }, 'body')).toEqual([])
    expect(messagesAt({ ...validVariant('weibo-post'), body: 'a'.repeat(4_002) }, 'body')).toHaveLength(1)
  })

  it('measures a WeChat article in raw characters including the HTML', () => {
    const html = `<p>${'a'.repeat(19_992)}</p>`
    expect(html.length).toBe(19_999)
    expect(messagesAt({ ...validVariant('wechat-article'), body: html }, 'body')).toEqual([])
    expect(messagesAt({ ...validVariant('wechat-article'), body: `${html}x` }, 'body')).toHaveLength(1)
  })

  it('needs a 视频号 short title of 6 to 16 characters', () => {
    const [issue] = messagesAt({ ...validVariant('wechat-channels-video'), title: '五个字标题' }, 'title')
    expect(issue?.message).toEqual({
      zh: '标题仅 5 字，视频号视频至少需要 6 字',
      en: 'Title is 5 characters; WeChat Channels video needs at least 6',
    })
  })

  it('needs at least one image on a Xiaohongshu image note and at most 18', () => {
    expect(messagesAt({ ...validVariant('xiaohongshu-image-note'), images: [] }, 'images')[0]?.message.zh).toBe(
      '小红书图文笔记需要 1–18 张图片，当前 0 张',
    )
    const nineteen = Array.from({ length: 19 }, () => bigImage)
    expect(messagesAt({ ...validVariant('xiaohongshu-image-note'), images: nineteen }, 'images')).toHaveLength(1)
  })

  it('needs both WeChat cover crops, so a cover too small for 2.35:1 is refused', () => {
    const [issue] = messagesAt({ ...validVariant('wechat-article'), cover: { width: 1080, height: 300 } }, 'cover')
    expect(issue?.message.zh).toBe('封面 1080×300 太小，无法裁出：2.35:1 横版封面 900×383、1:1 方形 1080×1080')
  })

  it('accepts a Douyin cover that makes either 3:4 or 4:3', () => {
    expect(messagesAt({ ...validVariant('douyin-video'), cover: { width: 1440, height: 1080 } }, 'cover')).toEqual([])
    expect(messagesAt({ ...validVariant('douyin-video'), cover: { width: 1000, height: 1000 } }, 'cover')).toHaveLength(1)
  })

  it('refuses a Douyin video over 15 minutes and a Weibo video cover over 5 MB', () => {
    const long = { ...validVariant('douyin-video'), video: { ...video, durationSeconds: 15 * 60 + 1 } }
    expect(messagesAt(long, 'video')[0]?.message.en).toBe('Video runs 15.0 min; the limit is 15 min')
    const heavy = { ...validVariant('weibo-video'), cover: { ...bigImage, bytes: 5_200_000 } }
    expect(messagesAt(heavy, 'cover')[0]?.message.zh).toBe('封面 5.2 MB，超出 5 MB 上限')
  })

  it('needs the platform user id of a Douyin mention, with a path to the mention', () => {
    const variant = { ...validVariant('douyin-video'), mentions: [{ name: '配方师阿杰' }] }
    expect(validateVariant(variant).issues).toEqual([
      {
        path: ['mentions', 0, 'platformUserId'],
        message: { zh: '抖音视频提及 @配方师阿杰 需要该账号的平台用户 ID', en: 'Douyin video needs the platform user id of @配方师阿杰' },
      },
    ])
  })

  it('refuses topics, mentions, a title and a video where the format has none', () => {
    const variant = {
      ...validVariant('wecom-moments'),
      title: '标题',
      hashtags: ['福利'],
      mentions: [{ name: '店长' }],
      video,
    }
    expect(validateVariant(variant).issues.map((issue) => issue.path)).toEqual([['title'], ['hashtags'], ['mentions'], ['video']])
  })

  it('refuses an empty topic, pointing at it', () => {
    const variant = { ...validVariant('weibo-post'), hashtags: ['秋冬', ' # '] }
    expect(validateVariant(variant).issues).toEqual([
      { path: ['hashtags', 1], message: { zh: '话题不能为空', en: 'A topic cannot be empty' } },
    ])
  })

  it('refuses an unknown format with a readable message instead of throwing', () => {
    const result = validateVariant({ format: 'tiktok' as FormatId, body: 'x' })
    expect(result.ok).toBe(false)
    expect(result.issues[0]?.message.zh).toBe('未知的平台格式：tiktok')
  })
})
