import type { Logger } from 'pino'

import { randomUUID } from 'node:crypto'
import { pinoHttp } from 'pino-http'

const REQUEST_ID = /^[\w.:-]{1,128}$/

/**
 * Structured access log with a request id: a well-formed `X-Request-Id` from a proxy is kept so one
 * id follows the request across services; otherwise a new one is made. The id is echoed back.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id']
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
      res.setHeader('X-Request-Id', id)
      return id
    },
    // Next's hashed assets and hot-reload chatter would drown the requests that matter.
    autoLogging: { ignore: (req) => req.url?.startsWith('/_next/') ?? false },
    // Method, path and status are what an operator reads; headers would log cookies and API keys.
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  })
}
