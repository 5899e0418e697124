import type { FormatId, FormatRules, HashtagSyntax } from './types'

import { cutToFit, graphemes, measure } from './length'
import { DISCLOSURE_LABEL, FORMAT_RULES } from './rules'

export type Mention = { name: string; platformUserId?: string | null }

/** A variant's own content, as an editor wrote it for one format. */
export type VariantContent = {
  format: FormatId
  title?: string | null
  body?: string | null
  digest?: string | null
  hashtags?: readonly string[] | null
  mentions?: readonly Mention[] | null
  /** Belongs to a paid collaboration or is flagged sponsored. */
  paid?: boolean | null
  /** The platform's commercial order or task id (巨量星图, 蒲公英, 微任务); its label replaces ours. */
  commercialOrderId?: string | null
}

export type RenderedPost = {
  format: FormatId
  title?: string
  /** Exactly what is posted: disclosure label, body, mentions, then topics in the platform's syntax. */
  text: string
  digest?: string
  /** Topic names, for APIs that also take them as a list (Xiaohongshu topics). */
  hashtags: string[]
  /** Mentioned accounts with their platform ids, for APIs that take them apart (Douyin at_users). */
  mentions: Mention[]
  /** What had to be cut to fit the platform's limits; validation reports the same as errors. */
  truncated: ('title' | 'text' | 'digest')[]
}

/** A topic name as the platforms store it: no '#', no [话题] marker, no whitespace (a space ends a Douyin topic). */
export function normalizeHashtag(tag: string): string {
  let topic = tag.replace(/[#＃\s]/gu, '')
  // Removing one marker can join the halves of another ([话[话题]题]): removed until none is left.
  while (topic.includes('[话题]')) topic = topic.replaceAll('[话题]', '')
  return topic
}

const TOPIC_FORMATS: Record<Exclude<HashtagSyntax, 'none'>, (topic: string) => string> = {
  // Weibo closes a topic on both sides.
  weibo: (topic) => `#${topic}# `,
  // Xiaohongshu's export format; the app shows it as #话题.
  xiaohongshu: (topic) => `#${topic}[话题]# `,
  // Douyin, WeChat: a topic runs until the next space.
  'hash-space': (topic) => `#${topic} `,
}

function renderTopics(topics: readonly string[], syntax: HashtagSyntax): string {
  if (syntax === 'none') return ''
  return topics.map(TOPIC_FORMATS[syntax]).join('')
}

function renderMentions(mentions: readonly Mention[], rules: FormatRules): string {
  if (!rules.mentions.supported) return ''
  return mentions.map((mention) => `@${mention.name}${rules.mentions.trailingSpace ? ' ' : ''}`).join('')
}

/** Paid content without the platform's own commercial label must say 广告 where readers see it. */
export const needsDisclosureLabel = (variant: Pick<VariantContent, 'paid' | 'commercialOrderId'>): boolean =>
  Boolean(variant.paid) && !variant.commercialOrderId?.trim()

const stripHtml = (html: string): string =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

type PostParts = { label: string; body: string; tail: string }

function postParts(variant: VariantContent, rules: FormatRules): PostParts {
  const topics = (variant.hashtags ?? []).map(normalizeHashtag).filter(Boolean)
  return {
    label: needsDisclosureLabel(variant) ? `【${DISCLOSURE_LABEL}】` : '',
    body: variant.body?.trim() ?? '',
    tail: (renderMentions(variant.mentions ?? [], rules) + renderTopics(topics, rules.hashtags.syntax)).trimEnd(),
  }
}

/** Label and body on the first lines, mentions and topics on the last. */
function joinParts({ label, body, tail }: PostParts): string {
  const head = label + body
  return head && tail ? `${head}\n${tail}` : head || tail
}

/** The whole post text before any cutting: what validation measures against the platform's limit. */
export const postText = (variant: VariantContent): string => joinParts(postParts(variant, FORMAT_RULES[variant.format]))

/** Fits the post into the limit by shortening the body, never the label, mentions or topics. */
function fitText(parts: PostParts, rules: FormatRules): { text: string; truncated: boolean } {
  const { max, counting } = rules.body
  const fits = (text: string) => measure(text, rules.weighting, counting) <= max
  const full = joinParts(parts)
  if (fits(full)) return { text: full, truncated: false }
  const fixed = parts.label + (parts.tail ? `\n${parts.tail}` : '')
  const room = max - measure(fixed, rules.weighting, counting)
  const shortened = room > 0 ? joinParts({ ...parts, body: cutToFit(parts.body, room, rules.weighting, counting) }) : ''
  // Joining parts can merge graphemes at the seams; the whole post is what must fit.
  return { text: shortened && fits(shortened) ? shortened : cutToFit(full, max, rules.weighting, counting), truncated: true }
}

/** The post for a variant, ready to paste or send: every part cut to fit at grapheme boundaries. */
export function renderVariant(variant: VariantContent): RenderedPost {
  const rules = FORMAT_RULES[variant.format]
  const truncated: RenderedPost['truncated'] = []
  const fit = (part: 'title' | 'digest', text: string, max: number) => {
    const cut = cutToFit(text, max, rules.weighting, 'graphemes')
    if (cut !== text) truncated.push(part)
    return cut
  }

  const title = rules.title && variant.title?.trim() ? fit('title', variant.title.trim(), rules.title.max) : undefined
  const { text, truncated: textCut } = fitText(postParts(variant, rules), rules)
  if (textCut) truncated.push('text')

  let digest: string | undefined
  if (rules.digest) {
    const written = variant.digest?.trim()
    digest = written
      ? fit('digest', written, rules.digest.max)
      : graphemes(stripHtml(variant.body ?? ''))
          .slice(0, rules.digest.defaultLength)
          .join('')
  }

  return {
    format: variant.format,
    title,
    text,
    digest,
    hashtags: rules.hashtags.syntax === 'none' ? [] : (variant.hashtags ?? []).map(normalizeHashtag).filter(Boolean),
    mentions: rules.mentions.supported ? [...(variant.mentions ?? [])] : [],
    truncated,
  }
}
