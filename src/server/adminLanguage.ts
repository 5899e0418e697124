import type { RequestHandler } from 'express'

export const LANGUAGE_COOKIE = 'payload-lng'
export const DEFAULT_ADMIN_LANGUAGE = 'zh'

/**
 * The admin is Simplified Chinese first. Payload picks the language from its cookie, then the
 * browser's Accept-Language, then the fallback; an editor on an English browser would get English
 * without ever choosing it. Until someone picks a language in their account settings (which sets
 * the cookie), admin pages are served in Chinese.
 */
export const defaultAdminLanguage: RequestHandler = (req, res, next) => {
  const cookies = req.headers.cookie ?? ''
  const hasChoice = cookies.split(';').some((part) => part.trim().startsWith(`${LANGUAGE_COOKIE}=`))
  if (!hasChoice) {
    req.headers.cookie = [cookies, `${LANGUAGE_COOKIE}=${DEFAULT_ADMIN_LANGUAGE}`].filter(Boolean).join('; ')
    // Stored in the browser too, so the admin's own API calls (and their errors) are in Chinese.
    res.cookie(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 * 1000 })
  }
  next()
}
