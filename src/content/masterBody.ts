import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/**
 * The master body (Lexical) as the variants that have no body of their own use it: HTML for WeChat
 * articles, plain text elsewhere. Payload's converter escapes text and attributes and drops
 * `javascript:` links, so text an editor or a shopper (UGC turned into an asset) typed as markup
 * goes out as text (test/unit/platforms/escaping.test.ts).
 */
export function masterBodyOf(body: unknown): { html: string; text: string } {
  if (!body) return { html: '', text: '' }
  const data = body as SerializedEditorState
  return { html: convertLexicalToHTML({ data }), text: convertLexicalToPlaintext({ data }) }
}
