import type { RequestHandler } from 'express'

/**
 * A response sent before the request body was read (an upload refused as too large) must close
 * the connection: the unread bytes are still on the wire, and a client that reused the socket for
 * its next request would have it reset under it.
 */
export const closeUnreadRequests: RequestHandler = (req, res, next) => {
  const writeHead = res.writeHead
  res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
    if (!req.complete && !this.headersSent) this.setHeader('Connection', 'close')
    return writeHead.apply(this, args)
  } as typeof writeHead
  next()
}
