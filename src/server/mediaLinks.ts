import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { storedFiles } from '../media/storedFiles'
import { isMediaSignature } from '../publishing/mediaLinks'

/** Payload's file names: no directories, no dot files. */
const FILE_NAME = /^[^/\\.][^/\\]*$/

/**
 * Serves the files behind the feed's signed media links (src/publishing/mediaLinks.ts) without a
 * login, to publishers and to frontends' <img> tags on other origins. A link is only ever made for
 * a released variant's file; anything else, or a wrong signature, is 404 as if it did not exist.
 */
export function mediaLinks({ payloadInstance }: { payloadInstance: () => Payload | undefined }): RequestHandler {
  return (req, res, next) => {
    const payload = payloadInstance()
    const filename = String(req.params.filename)
    if (!payload || !FILE_NAME.test(filename) || !isMediaSignature(payload.secret, filename, req.query.sig)) {
      res.status(404).json({ errors: [{ message: 'Not found' }] })
      return
    }
    res.set('Cross-Origin-Resource-Policy', 'cross-origin')
    storedFiles().send('media', filename, req, res, next)
  }
}
