import type { Request, Response } from 'express'

/**
 * The CORS headers Payload adds to its own answers, for answers Express gives itself: without
 * them a browser on an allowed origin (a shop's frontend) hides the answer from the page as a
 * network error.
 */
export function allowCorsOrigin(req: Request, res: Response, corsOrigins: readonly string[]): void {
  const origin = req.headers.origin
  if (origin && corsOrigins.includes(origin)) {
    res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }).vary('Origin')
  }
}
