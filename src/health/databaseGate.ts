import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import type { Logger } from 'pino'

import type { Localized } from '../i18n/localized'

import { requestLanguage } from '../server/adminLanguage'
import { checkDatabase } from './readiness'

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE'

const unavailable: Localized = {
  zh: '数据库暂时不可用，请稍后再试。',
  en: 'The database is unavailable; please try again shortly.',
}

/** The PostgreSQL adapter's connection pool; SQLite has none. */
type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => unknown }

/**
 * Answers API requests with 503 at once while the database is known to be down, instead of
 * letting each one wait for its own failed query and end as a 500. The database is declared down
 * by a probe (a query with a short time limit) run when an API response is a 5xx or the connection
 * pool reports a lost connection, and re-probed every `retryMs` until it answers: the same process
 * recovers by itself once the database is back.
 */
export function databaseGate({
  payloadInstance,
  logger,
  probeTimeoutMs = 2_000,
  retryMs = 1_000,
}: {
  payloadInstance: () => Payload | undefined
  logger: Logger
  probeTimeoutMs?: number
  retryMs?: number
}): { watch: RequestHandler; gate: RequestHandler } {
  let down: string | null = null
  let probing: Promise<void> | null = null
  let watchedPool: PoolLike | null = null

  const probe = (): Promise<void> => {
    const payload = payloadInstance()
    if (!payload) return Promise.resolve()
    probing ??= checkDatabase(payload, probeTimeoutMs)
      .then((check) => {
        if (!check.ok && down === null) logger.error({ detail: check.detail }, 'database unavailable: API requests answered 503 until it is back')
        if (check.ok && down !== null) logger.info('database available again')
        down = check.ok ? null : check.detail
      })
      .finally(() => {
        probing = null
        if (down !== null) setTimeout(() => void probe(), retryMs).unref()
      })
    return probing
  }

  // An idle pooled connection the server closes is reported as an 'error' on the pool, which,
  // unheard, would end the process; heard, it is the first sign the database has gone.
  const watch: RequestHandler = (_req, _res, next) => {
    const pool = (payloadInstance()?.db as { pool?: PoolLike } | undefined)?.pool
    if (pool && pool !== watchedPool) {
      watchedPool = pool
      pool.on('error', (error) => {
        logger.warn({ err: error }, 'database connection lost')
        void probe()
      })
    }
    next()
  }

  const gate: RequestHandler = (req, res, next) => {
    if (down !== null) {
      res
        .status(503)
        .set({ 'Retry-After': '5', 'Cache-Control': 'no-store' })
        .json({ errors: [{ message: unavailable[requestLanguage(req.headers)], extensions: { code: DATABASE_UNAVAILABLE } }] })
      return
    }
    res.once('finish', () => {
      if (res.statusCode >= 500) void probe()
    })
    next()
  }

  return { watch, gate }
}
