import type { Payload } from 'payload'
import type { Logger } from 'pino'

import type { UgcUploadLimits } from '../ugc/intake/limits'

import express from 'express'

import { CLIENT_ADDRESS_HEADER } from '../config/clientAddress'
import { databaseGate } from '../health/databaseGate'
import { refuseUploadsWithoutStorage } from '../health/mediaStorage'
import { readinessReport } from '../health/readiness'
import { MAX_UGC_IMAGES } from '../ugc/intake/limits'
import { defaultAdminLanguage } from './adminLanguage'
import { mediaLinks } from './mediaLinks'
import { type NextHandler, publisherGraphql } from './publisherGraphql'
import { closeUnreadRequests } from './closeUnreadRequests'
import { addressBucket, rateLimit, type RateLimiters } from './rateLimit'
import { requestLogger } from './requestLogger'
import { securityHeaders } from './securityHeaders'
import { discardBody, ugcUploads } from './ugcUploads'
import { refuseMalformedWhere } from './whereQuery'
import { limitUsersBody } from './authBodyLimit'
import { refuseImpossiblePaths } from './documentPaths'

export type ServerState = { shuttingDown: boolean }

/**
 * The whole HTTP pipeline, top to bottom. Everything not answered here goes to Next, which serves
 * Payload's admin (/admin), REST API (/api), GraphQL (/api/graphql) and the readiness route.
 * No body parser runs before Next: Payload reads the raw request body itself.
 */
export function buildApp({
  corsOrigins,
  dev,
  https,
  logger,
  nextHandler,
  payloadInstance,
  rateLimiters,
  state,
  trustProxy,
  ugcUploadSettings,
}: {
  corsOrigins: readonly string[]
  dev: boolean
  https: boolean
  logger: Logger
  nextHandler: NextHandler
  /** Payload once Next has started it; the publisher fast path waits for it. */
  payloadInstance: () => Payload | undefined
  rateLimiters: RateLimiters
  state: ServerState
  trustProxy: boolean | number | string
  ugcUploadSettings: { limits: UgcUploadLimits; stagedHours: number }
}): express.Express {
  const app = express()
  app.disable('x-powered-by')
  // Which X-Forwarded-For hops name the client (req.ip): the rate limit counts per client address.
  app.set('trust proxy', trustProxy)

  app.use(requestLogger(logger))
  app.use((req, _res, next) => {
    req.headers[CLIENT_ADDRESS_HEADER] = addressBucket(req.ip ?? 'unknown')
    next()
  })
  app.use(securityHeaders({ dev, https }))
  app.use(closeUnreadRequests)

  // Liveness: the process is up and its event loop turns. Never touches the database.
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })

  // Readiness is answered by Next (src/app/(ops)/readyz), except while draining for shutdown.
  app.get('/readyz', (_req, res, next) => {
    if (!state.shuttingDown) return next()
    res
      .status(503)
      .set('Cache-Control', 'no-store')
      .json(readinessReport([{ name: 'server', ok: false, detail: 'shutting down' }]))
  })

  app.get('/', (_req, res) => res.redirect(302, '/admin'))
  app.get('/media/:filename', mediaLinks({ payloadInstance }))
  app.use('/admin', defaultAdminLanguage)
  // REST and GraphQL only: admin pages, Next's assets and the probes above are not counted.
  app.use('/api', rateLimit({ limiters: rateLimiters, corsOrigins, logger }))
  app.use('/api', refuseMalformedWhere({ payloadInstance }))
  app.use('/api', refuseImpossiblePaths({ payloadInstance }))
  app.use('/api/users', limitUsersBody)
  const database = databaseGate({ payloadInstance, logger })
  app.use(database.watch)
  app.use('/api', database.gate)
  const largestUpload = MAX_UGC_IMAGES * Math.max(ugcUploadSettings.limits.imageBytes, ugcUploadSettings.limits.videoBytes) + 1024 * 1024
  app.use(
    '/api',
    refuseUploadsWithoutStorage({
      payloadInstance,
      // Shoppers' uploads go to ugc-media; staff upload a file to its collection's REST route.
      collectionOf: (method, path) =>
        path === '/ugc/uploads' ? 'ugc-media' : (method === 'POST' || method === 'PATCH') && /^\/[a-z-]+(\/[^/]+)?$/.test(path) ? path.split('/')[1]! : null,
      logger,
      discardBody: (req) => discardBody(req, largestUpload),
    }),
  )

  // Shoppers' media, answered here: Payload's own upload route takes logged-in staff only.
  app.post('/api/ugc/uploads', ugcUploads({ payloadInstance, corsOrigins, limiter: rateLimiters.ugcFilesPerIp, logger, ...ugcUploadSettings }))
  app.post('/api/graphql', publisherGraphql({ payloadInstance, nextHandler }))

  app.use((req, res) => nextHandler(req, res))
  return app
}
