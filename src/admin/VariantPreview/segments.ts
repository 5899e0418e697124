import { DISCLOSURE_LABEL } from '../../platforms/rules'

export type TextSegment = { kind: 'text' | 'label' | 'topic' | 'mention'; text: string }

/**
 * The parts of a rendered post that platforms show apart from the text: the 广告 label, topics in
 * any platform's syntax (#话题#, #话题[话题]#, #话题) and @mentions. Only for display: the text
 * itself comes from renderVariant, and is shown exactly as it will be posted.
 */
const TOKENS = new RegExp(`(【${DISCLOSURE_LABEL}】)|(#[^#\\s]+?(?:\\[话题\\])?#|#[^#\\s]+)|(@[^\\s@#]+)`, 'gu')

export function textSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let last = 0
  for (const match of text.matchAll(TOKENS)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) })
    segments.push({ kind: match[1] ? 'label' : match[2] ? 'topic' : 'mention', text: match[0] })
    last = match.index + match[0].length
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) })
  return segments
}
