import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { languageOf } from '../i18n/localized'

const isLexicalDocument = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { root?: unknown }).root === 'object' && (value as { root: unknown }).root !== null

/**
 * Lexical's validation looks only at the nodes of a document and lets anything else through: an
 * API client's HTML string was stored as the body, and every renderer then had no document to read.
 * A rich-text field takes Lexical's JSON (`{ root: … }`) or nothing.
 */
export const requireLexicalDocument: FieldHook = ({ value, req, path }) => {
  if (value === null || value === undefined || isLexicalDocument(value)) return value
  const message = {
    zh: '正文须为富文本（Lexical JSON 文档），不能是字符串或其他值',
    en: 'Rich text must be a Lexical JSON document, not a string or other value',
  }
  throw new ValidationError({ errors: [{ path: path.join('.'), message: message[languageOf(req.i18n)] }], req }, req.t)
}
