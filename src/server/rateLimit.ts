import type { Request, RequestHandler, Response } from 'express'
import type { Logger } from 'pino'

import { Redis } from 'ioredis'
import { isIPv6 } from 'node:net'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import type { Localized } from '../i18n/localized'

import { apiKeyId, presentedApiKey } from '../auth/apiKeyCredential'
import { requestLanguage } from './adminLanguage'
import { allowCorsOrigin } from './cors'

/** `extensions.code` of a request refused by the rate limit. */
export const RATE_LIMITED = 'RATE_LIMITED'
const LIMIT_HEADERS = ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']

/**
 * The counter a request is charged to: its API key's, by a hash (the key itself is never kept,
 * logged or sent to Redis), or else its client address's. The address is Express's `req.ip`, the
 * TCP peer unless TRUST_PROXY names proxies whose X-Forwarded-For to believe.
 */
export function bucketOf(authorization: string | undefined, ip: string | undefined): { limit: 'key' | 'ip'; id: string } {
  const key = presentedApiKey(authorization)
  if (key !== null) return { limit: 'key', id: apiKeyId(key) }
  return { limit: 'ip', id: addressBucket(ip ?? 'unknown') }
}

/**
 * An IPv6 client is handed a whole /64 and can send from any address in it, so IPv6 is counted
 * per /64 (an IPv4 address mapped into IPv6 counts as itself).
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) return mapped[1]!
  if (!isIPv6(ip)) return ip
  // A trailing dotted quad fills two groups.
  const groups = (part: string) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [])
  const [head = '', tail] = ip.split('%')[0]!.split('::')
  const known = groups(head)
  const fill = tail === undefined ? [] : Array<string>(8 - known.length - groups(tail).length).fill('0')
  const prefix = [...known, ...fill, ...groups(tail ?? '')].slice(0, 4)
  return `${prefix.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

export type RateLimiters = {
  perKey: RateLimiterAbstract | null
  perIp: RateLimiterAbstract | null
  /** Files uploaded to the public UGC upload route, per client address and hour. */
  ugcFilesPerIp: RateLimiterAbstract | null
  close: () => Promise<void>
}

/**
 * One limiter per kind of bucket, a minute's window each for requests, an hour's for UGC files;
 * a limit of 0 has none. Counters live in this process's memory, or in Redis when REDIS_URL is
 * set so that every instance shares them.
 */
export function createRateLimiters({
  perKeyPerMinute,
  perIpPerMinute,
  ugcFilesPerIpPerHour,
  redisUrl,
  logger,
}: {
  perKeyPerMinute: number
  perIpPerMinute: number
  ugcFilesPerIpPerHour: number
  redisUrl: string | undefined
  logger: Logger
}): RateLimiters {
  const redis = redisUrl && (perKeyPerMinute > 0 || perIpPerMinute > 0 || ugcFilesPerIpPerHour > 0) ? connectRedis(redisUrl, logger) : null
  const limiter = (name: string, points: number, duration: number) => {
    if (points === 0) return null
    const options = { keyPrefix: `rate-limit:${name}`, points, duration }
    if (!redis) return new RateLimiterMemory(options)
    // While Redis is unreachable each process counts on its own: neither refuse nor wait for it.
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) })
  }
  return {
    perKey: limiter('key', perKeyPerMinute, 60),
    perIp: limiter('ip', perIpPerMinute, 60),
    ugcFilesPerIp: limiter('ugc-files-ip', ugcFilesPerIpPerHour, 3600),
    close: async () => redis?.disconnect(),
  }
}

function connectRedis(url: string, logger: Logger): Redis {
  // No offline queue: a request is never held up waiting for Redis to come back.
  const redis = new Redis(url, { enableOfflineQueue: false })
  let down = false
  redis.on('ready', () => {
    down = false
    logger.info('rate limits: Redis connected')
  })
  // ioredis retries for ever and reports every failed attempt; one line per outage is enough.
  redis.on('error', (error) => {
    if (!down) logger.warn({ err: error }, 'rate limits: Redis unreachable, counting in memory until it is back')
    down = true
  })
  return redis
}

const tooManyRequests = (seconds: number): Localized => ({
  zh: `请求过于频繁，请 ${seconds} 秒后再试。`,
  en: `Too many requests: try again in ${seconds} s.`,
})

function setLimitHeaders(res: Response, limit: number, state: RateLimiterRes): void {
  res.set({
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(state.remainingPoints),
    'X-RateLimit-Reset': String(Math.ceil((Date.now() + state.msBeforeNext) / 1000)),
  })
}

/** The 429 of a request over a limit, answered before Payload sees the request (hence the CORS headers). */
export function refuseOverLimit(req: Request, res: Response, limit: number, state: RateLimiterRes, corsOrigins: readonly string[]): void {
  const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  allowCorsOrigin(req, res, corsOrigins)
  setLimitHeaders(res, limit, state)
  res
    .status(429)
    .set('Retry-After', String(seconds))
    .json({ errors: [{ message: tooManyRequests(seconds)[requestLanguage(req.headers)], extensions: { code: RATE_LIMITED } }] })
}

/**
 * Rate limit of the API (mounted on /api: REST and GraphQL). Requests with an API key count
 * against the key, all others against the client address. A presented key that turns out unknown
 * (401) also counts against its address, on a counter of its own: inventing keys must not be a
 * way around the address's limit, and an address over it is refused whatever key it presents.
 */
export function rateLimit({ limiters, corsOrigins, logger }: { limiters: RateLimiters; corsOrigins: readonly string[]; logger: Logger }): RequestHandler {
  return async (req, res, next) => {
    const origin = req.headers.origin
    if (origin && corsOrigins.includes(origin)) res.set('Access-Control-Expose-Headers', LIMIT_HEADERS.join(', '))

    const bucket = bucketOf(req.headers.authorization, req.ip)
    const limiter = bucket.limit === 'key' ? limiters.perKey : limiters.perIp
    const { perIp } = limiters
    try {
      if (bucket.limit === 'key' && perIp) {
        const unknownKeys = `unknown-key:${addressBucket(req.ip ?? 'unknown')}`
        const strikes = await perIp.get(unknownKeys)
        if (strikes && strikes.remainingPoints === 0) return refuseOverLimit(req, res, perIp.points, strikes, corsOrigins)
        res.once('finish', () => {
          if (res.statusCode === 401) perIp.penalty(unknownKeys).catch((error) => logger.error({ err: error }, 'rate limits: counting an unknown key failed'))
        })
      }
      if (limiter) setLimitHeaders(res, limiter.points, await limiter.consume(bucket.id))
    } catch (error) {
      if (error instanceof RateLimiterRes && limiter) return refuseOverLimit(req, res, limiter.points, error, corsOrigins)
      // A broken counter must not take the API down with it.
      logger.error({ err: error }, 'rate limits: counting failed, request let through')
    }
    next()
  }
}
