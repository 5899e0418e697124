import type { RequestHandler } from 'express'
import type { IncomingHttpHeaders } from 'node:http'

import { extractHeaderLanguage } from '@payloadcms/translations'

import type { Localized } from '../i18n/localized'

export const LANGUAGE_COOKIE = 'payload-lng'
export const DEFAULT_ADMIN_LANGUAGE = 'zh'

const cookieValue = (header: string, name: string): string | undefined =>
  header
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1)

/**
 * The admin is Simplified Chinese first. Payload picks the language from its cookie, then the
 * browser's Accept-Language, then the fallback; an editor on an English browser would get English
 * without ever choosing it. Until someone picks a language in their account settings (which sets
 * the cookie), admin pages are served in Chinese.
 */
export const defaultAdminLanguage: RequestHandler = (req, res, next) => {
  const cookies = req.headers.cookie ?? ''
  if (cookieValue(cookies, LANGUAGE_COOKIE) === undefined) {
    req.headers.cookie = [cookies, `${LANGUAGE_COOKIE}=${DEFAULT_ADMIN_LANGUAGE}`].filter(Boolean).join('; ')
    // Stored in the browser too, so the admin's own API calls (and their errors) are in Chinese.
    res.cookie(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 * 1000 })
  }
  next()
}

const supported = (language: string | undefined): keyof Localized | undefined => (language === 'zh' || language === 'en' ? language : undefined)

/**
 * The language of an answer the server gives before Payload sees the request, picked as Payload
 * picks it for its own errors: the language cookie, then Accept-Language, then Chinese.
 */
export function requestLanguage(headers: IncomingHttpHeaders): keyof Localized {
  const acceptLanguage = headers['accept-language']
  return (
    supported(cookieValue(headers.cookie ?? '', LANGUAGE_COOKIE)) ??
    supported(acceptLanguage ? extractHeaderLanguage(acceptLanguage) : undefined) ??
    DEFAULT_ADMIN_LANGUAGE
  )
}
