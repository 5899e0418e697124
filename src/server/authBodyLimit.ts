import type { RequestHandler } from 'express'

import { requestLanguage } from './adminLanguage'

/** Far over any real login, password reset or account form. */
export const MAX_USERS_BODY_BYTES = 16 * 1024

const TOO_LARGE = {
  zh: `请求内容过大（最多 ${MAX_USERS_BODY_BYTES / 1024} KB）`,
  en: `Request body too large (${MAX_USERS_BODY_BYTES / 1024} KB at most)`,
}

/**
 * Writes to the users collection (login, password reset, first registration, account edits) carry
 * a password, which Payload hashes with PBKDF2 (25,000 rounds) whatever its length: one anonymous
 * login with a 1 MB password held a core for minutes. Their bodies are refused over 16 KB, by their
 * declared length, before anything is read; a body of undeclared length is refused too.
 */
export const limitUsersBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' && req.method !== 'PATCH') return next()
  const declared = req.headers['content-length']
  const length = Number(declared)
  if (declared !== undefined && length <= MAX_USERS_BODY_BYTES) return next()
  res.status(declared === undefined ? 411 : 413).json({ errors: [{ message: TOO_LARGE[requestLanguage(req.headers)] }] })
}
