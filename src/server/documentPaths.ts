import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { requestLanguage } from './adminLanguage'

const NOT_FOUND = { zh: '未找到', en: 'Not Found' }

/** A path segment no document id or file name can be once decoded: it would climb out of its route or name no row. */
function impossibleSegment(segment: string, numericIds: boolean): boolean {
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return true
  }
  if (/[/\\\0]/.test(decoded) || decoded === '..' || decoded === '.') return true
  // All digits but past what the database's integer ids hold: Payload passed it on as Infinity or a rounded number.
  return numericIds && /^\d+$/.test(decoded) && !Number.isSafeInteger(Number(decoded))
}

/**
 * Answers 404 for REST paths under a collection whose segments cannot name a document or file
 * (`/api/kols/..%2fusers`, a 10,000-digit id, `/api/media/file/..%5cpackage.json`). Payload decoded
 * them into ids the database driver refused, and the request failed 500.
 */
export function refuseImpossiblePaths({ payloadInstance }: { payloadInstance: () => Payload | undefined }): RequestHandler {
  return (req, res, next) => {
    const payload = payloadInstance()
    const [slug = '', ...segments] = req.path.split('/').slice(1)
    if (!payload || segments.length === 0 || !payload.collections[slug as keyof typeof payload.collections]) return next()
    const numericIds = payload.db.defaultIDType === 'number'
    if (!segments.some((segment) => impossibleSegment(segment, numericIds))) return next()
    res.status(404).json({ errors: [{ message: NOT_FOUND[requestLanguage(req.headers)], extensions: { code: 'NOT_FOUND' } }] })
  }
}
