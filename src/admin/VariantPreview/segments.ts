import type { RenderedPost } from '../../platforms/render'

import { renderVariant } from '../../platforms/render'
import { DISCLOSURE_LABEL } from '../../platforms/rules'

export type TextSegment = { kind: 'text' | 'label' | 'topic' | 'mention'; text: string }

type Mark = { kind: Exclude<TextSegment['kind'], 'text'>; start: number; end: number }

/** One topic or mention exactly as renderVariant writes it in this format's syntax. */
const tokenOf = (format: RenderedPost['format'], part: { hashtags: string[] } | { mentions: RenderedPost['mentions'] }): string =>
  renderVariant({ format, ...part }).text

/**
 * The parts of a rendered post that platforms show apart from the text: the 广告 label it starts
 * with, and the post's own mentions and topics (rendered.mentions, rendered.hashtags), which
 * renderVariant writes last, in that order. They are found from the end, so a body that merely
 * contains a '#' or an '@' (C#, a link, an e-mail address) is shown as the text it is. Only for
 * display: the text itself is shown exactly as it will be posted.
 */
export function textSegments({ format, text, hashtags, mentions }: Pick<RenderedPost, 'format' | 'text' | 'hashtags' | 'mentions'>): TextSegment[] {
  const label = `【${DISCLOSURE_LABEL}】`
  const labelled = text.startsWith(label)
  const tokens = [
    ...mentions.map((mention) => ({ kind: 'mention' as const, text: tokenOf(format, { mentions: [mention] }) })),
    ...hashtags.map((topic) => ({ kind: 'topic' as const, text: tokenOf(format, { hashtags: [topic] }) })),
  ]
  const marks: Mark[] = []
  let end = text.length
  for (const token of tokens.reverse()) {
    const start = text.lastIndexOf(token.text, end - token.text.length)
    // Not found where it belongs (cut with the text): left as text.
    if (start < (labelled ? label.length : 0) || start + token.text.length > end) continue
    marks.unshift({ kind: token.kind, start, end: start + token.text.length })
    end = start
  }
  if (labelled) marks.unshift({ kind: 'label', start: 0, end: label.length })

  const segments: TextSegment[] = []
  let last = 0
  for (const mark of marks) {
    if (mark.start > last) segments.push({ kind: 'text', text: text.slice(last, mark.start) })
    segments.push({ kind: mark.kind, text: text.slice(mark.start, mark.end) })
    last = mark.end
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) })
  return segments
}
