import { z } from 'zod'

import type { Localized } from '../i18n/localized'
import type { FormatId, FormatRules, TextLimit } from './types'

import { measure } from './length'
import { normalizeHashtag, postText, renderVariant, type RenderedPost, type VariantContent } from './render'
import { CROPS, FORMAT_IDS, FORMAT_RULES } from './rules'

/** What the validator needs to know about an uploaded image or video. */
export type MediaInfo = {
  mimeType?: string | null
  bytes?: number | null
  width?: number | null
  height?: number | null
  durationSeconds?: number | null
}

export type VariantInput = VariantContent & {
  author?: string | null
  images?: readonly MediaInfo[] | null
  video?: MediaInfo | null
  cover?: MediaInfo | null
}

export type VariantIssue = { path: (string | number)[]; message: Localized }

export type VariantValidation = { ok: boolean; issues: VariantIssue[]; rendered: RenderedPost }

const FIELD: Record<'title' | 'body' | 'digest' | 'author' | 'cover' | 'video' | 'images' | 'hashtags' | 'mentions', Localized> = {
  title: { zh: '标题', en: 'Title' },
  body: { zh: '正文', en: 'Text' },
  digest: { zh: '摘要', en: 'Digest' },
  author: { zh: '作者', en: 'Author' },
  cover: { zh: '封面', en: 'Cover' },
  video: { zh: '视频', en: 'Video' },
  images: { zh: '图片', en: 'Images' },
  hashtags: { zh: '话题', en: 'Topics' },
  mentions: { zh: '提及', en: 'Mentions' },
}

const formatUnits = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))
const megabytes = (bytes: number) => `${formatUnits(bytes / 1_000_000)} MB`

/** A zod issue carrying its message in both languages; `toIssues` reads them back. */
function report(ctx: z.RefinementCtx, path: (string | number)[], message: Localized): void {
  ctx.addIssue({ code: 'custom', path, message: message.en, params: { zh: message.zh, en: message.en } })
}

function checkText(ctx: z.RefinementCtx, field: keyof typeof FIELD, text: string, limit: TextLimit, rules: FormatRules): void {
  const name = FIELD[field]
  if (!text) {
    if (limit.required) report(ctx, [field], { zh: `${rules.label.zh}需要填写${name.zh}`, en: `${name.en} is required for ${rules.label.en}` })
    return
  }
  const length = measure(text, rules.weighting, limit.counting)
  if (length > limit.max) {
    report(ctx, [field], {
      zh: `${name.zh}共 ${formatUnits(length)} 字，超出${rules.label.zh}上限 ${limit.max} 字`,
      en: `${name.en} is ${formatUnits(length)} characters; ${rules.label.en} allows at most ${limit.max}`,
    })
  }
  if (limit.min !== undefined && length < limit.min) {
    report(ctx, [field], {
      zh: `${name.zh}仅 ${formatUnits(length)} 字，${rules.label.zh}至少需要 ${limit.min} 字`,
      en: `${name.en} is ${formatUnits(length)} characters; ${rules.label.en} needs at least ${limit.min}`,
    })
  }
}

function refuseUnsupported(ctx: z.RefinementCtx, field: keyof typeof FIELD, rules: FormatRules): void {
  report(ctx, [field], {
    zh: `${rules.label.zh}不支持${FIELD[field].zh}`,
    en: `${rules.label.en} has no ${FIELD[field].en.toLowerCase()}`,
  })
}

function checkCover(ctx: z.RefinementCtx, cover: MediaInfo | null | undefined, rules: FormatRules): void {
  const rule = rules.cover
  if (!rule) return
  if (!cover) {
    if (rule.required) report(ctx, ['cover'], { zh: `${rules.label.zh}需要封面`, en: `${rules.label.en} needs a cover` })
    return
  }
  if (rule.maxBytes && cover.bytes && cover.bytes > rule.maxBytes) {
    report(ctx, ['cover'], {
      zh: `封面 ${megabytes(cover.bytes)}，超出 ${megabytes(rule.maxBytes)} 上限`,
      en: `Cover is ${megabytes(cover.bytes)}; the limit is ${megabytes(rule.maxBytes)}`,
    })
  }
  // A crop is cut from the image at its focal point without enlarging it, so the source must be
  // at least as large as the crop in both directions.
  if (!cover.width || !cover.height) return
  const { width, height } = cover
  const missing = rule.crops.filter((crop) => width < CROPS[crop].width || height < CROPS[crop].height)
  const failing = rule.needs === 'all' ? missing : missing.length === rule.crops.length ? missing : []
  if (failing.length === 0) return
  const names = (lang: keyof Localized) =>
    failing.map((crop) => `${CROPS[crop].label[lang]} ${CROPS[crop].width}×${CROPS[crop].height}`).join(lang === 'zh' ? '、' : ', ')
  report(ctx, ['cover'], {
    zh: `封面 ${width}×${height} 太小，无法裁出${rule.needs === 'one' ? '以下任一尺寸' : ''}：${names('zh')}`,
    en: `Cover ${width}×${height} is too small for ${rule.needs === 'one' ? 'any of ' : ''}${names('en')}`,
  })
}

function checkMedia(ctx: z.RefinementCtx, variant: VariantInput, rules: FormatRules): void {
  const images = variant.images ?? []
  if (!rules.images) {
    if (images.length > 0) refuseUnsupported(ctx, 'images', rules)
  } else if (images.length < rules.images.min || images.length > rules.images.max) {
    const range = rules.images.min === rules.images.max ? `${rules.images.max}` : `${rules.images.min}–${rules.images.max}`
    report(ctx, ['images'], {
      zh: `${rules.label.zh}需要 ${range} 张图片，当前 ${images.length} 张`,
      en: `${rules.label.en} takes ${range} images; this has ${images.length}`,
    })
  }

  const video = variant.video
  if (!rules.video) {
    if (video) refuseUnsupported(ctx, 'video', rules)
  } else if (!video) {
    if (rules.video.required) report(ctx, ['video'], { zh: `${rules.label.zh}需要视频`, en: `${rules.label.en} needs a video` })
  } else {
    const { maxDurationSeconds, maxBytes } = rules.video
    if (maxDurationSeconds && video.durationSeconds && video.durationSeconds > maxDurationSeconds) {
      report(ctx, ['video'], {
        zh: `视频时长 ${formatUnits(video.durationSeconds / 60)} 分钟，超出 ${maxDurationSeconds / 60} 分钟上限`,
        en: `Video runs ${formatUnits(video.durationSeconds / 60)} min; the limit is ${maxDurationSeconds / 60} min`,
      })
    }
    if (maxBytes && video.bytes && video.bytes > maxBytes) {
      report(ctx, ['video'], {
        zh: `视频 ${megabytes(video.bytes)}，超出 ${megabytes(maxBytes)} 上限`,
        en: `Video is ${megabytes(video.bytes)}; the limit is ${megabytes(maxBytes)}`,
      })
    }
  }
  checkCover(ctx, variant.cover, rules)
}

function checkTopicsAndMentions(ctx: z.RefinementCtx, variant: VariantInput, rules: FormatRules): void {
  const hashtags = variant.hashtags ?? []
  if (rules.hashtags.syntax === 'none') {
    if (hashtags.length > 0) refuseUnsupported(ctx, 'hashtags', rules)
  } else {
    hashtags.forEach((tag, index) => {
      if (!normalizeHashtag(tag)) report(ctx, ['hashtags', index], { zh: '话题不能为空', en: 'A topic cannot be empty' })
    })
    if (rules.hashtags.max !== undefined && hashtags.length > rules.hashtags.max) {
      report(ctx, ['hashtags'], {
        zh: `${rules.label.zh}最多 ${rules.hashtags.max} 个话题，当前 ${hashtags.length} 个`,
        en: `${rules.label.en} takes at most ${rules.hashtags.max} topics; this has ${hashtags.length}`,
      })
    }
  }

  const mentions = variant.mentions ?? []
  if (!rules.mentions.supported) {
    if (mentions.length > 0) refuseUnsupported(ctx, 'mentions', rules)
    return
  }
  mentions.forEach((mention, index) => {
    if (!mention.name.trim()) report(ctx, ['mentions', index, 'name'], { zh: '提及的账号名不能为空', en: 'A mention needs an account name' })
    if (rules.mentions.withUserId && !mention.platformUserId?.trim()) {
      report(ctx, ['mentions', index, 'platformUserId'], {
        zh: `${rules.label.zh}提及 @${mention.name} 需要该账号的平台用户 ID`,
        en: `${rules.label.en} needs the platform user id of @${mention.name}`,
      })
    }
  })
}

const textValue = z.string().nullish()

/** The zod schema of one format, derived from its row in FORMAT_RULES. */
export function variantSchema(format: FormatId) {
  const rules = FORMAT_RULES[format]
  return z
    .object({
      format: z.literal(format),
      title: textValue,
      body: textValue,
      digest: textValue,
      author: textValue,
      hashtags: z.array(z.string()).nullish(),
      mentions: z.array(z.object({ name: z.string(), platformUserId: z.string().nullish() })).nullish(),
      paid: z.boolean().nullish(),
      commercialOrderId: textValue,
      images: z.array(z.object({}).passthrough()).nullish(),
      video: z.object({}).passthrough().nullish(),
      cover: z.object({}).passthrough().nullish(),
    })
    .superRefine((raw, ctx) => {
      const variant = raw as VariantInput
      const text = postText(variant)
      if (rules.title) checkText(ctx, 'title', variant.title?.trim() ?? '', rules.title, rules)
      else if (variant.title?.trim()) refuseUnsupported(ctx, 'title', rules)
      // The body limit applies to what is posted: label, mentions and topics count too.
      checkText(ctx, 'body', variant.body?.trim() ? text : '', rules.body, rules)
      if (rules.body.maxBytes && new TextEncoder().encode(text).length > rules.body.maxBytes) {
        report(ctx, ['body'], {
          zh: `正文超出 ${megabytes(rules.body.maxBytes)} 上限`,
          en: `Text exceeds the ${megabytes(rules.body.maxBytes)} limit`,
        })
      }
      if (rules.digest) checkText(ctx, 'digest', variant.digest?.trim() ?? '', rules.digest, rules)
      if (rules.author) checkText(ctx, 'author', variant.author?.trim() ?? '', rules.author, rules)
      checkTopicsAndMentions(ctx, variant, rules)
      checkMedia(ctx, variant, rules)
    })
}

function toIssues(error: z.ZodError): VariantIssue[] {
  return error.issues.map((issue) => {
    const params = (issue as { params?: Partial<Localized> }).params
    return {
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: params?.zh && params.en ? { zh: params.zh, en: params.en } : { zh: issue.message, en: issue.message },
    }
  })
}

/** Checks a variant against its platform and renders it; never throws on well-typed input. */
export function validateVariant(variant: VariantInput): VariantValidation {
  if (!FORMAT_IDS.includes(variant.format)) {
    return {
      ok: false,
      issues: [{ path: ['format'], message: { zh: `未知的平台格式：${String(variant.format)}`, en: `Unknown format: ${String(variant.format)}` } }],
      rendered: { format: variant.format, text: '', hashtags: [], mentions: [], truncated: [] },
    }
  }
  const result = variantSchema(variant.format).safeParse(variant)
  return { ok: result.success, issues: result.success ? [] : toIssues(result.error), rendered: renderVariant(variant) }
}
