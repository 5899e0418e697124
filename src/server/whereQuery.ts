import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import * as qs from 'qs-esm'

import { whereProblem, whereProblemMessage } from '../db/whereValues'
import { requestLanguage } from './adminLanguage'

/**
 * Refuses with 400 a REST request on a collection whose `where` query string the database cannot
 * be asked (src/db/whereValues.ts), parsed as Payload parses it, before Payload hands it on.
 */
export function refuseMalformedWhere({ payloadInstance }: { payloadInstance: () => Payload | undefined }): RequestHandler {
  return (req, res, next) => {
    const search = req.originalUrl.indexOf('?')
    const payload = payloadInstance()
    if (search === -1 || !payload || !req.originalUrl.includes('where')) return next()
    const slug = req.path.split('/')[1] ?? ''
    const collection = payload.collections[slug as keyof typeof payload.collections]
    if (!collection) return next()
    const query = qs.parse(req.originalUrl.slice(search + 1), { allowEmptyArrays: true, arrayLimit: 1000, depth: 10 }) as { where?: unknown }
    const problem = whereProblem(query.where, collection.config.flattenedFields, payload.db.defaultIDType === 'number')
    if (!problem) return next()
    const message = whereProblemMessage(problem)[requestLanguage(req.headers)]
    res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: problem.path } }] })
  }
}
