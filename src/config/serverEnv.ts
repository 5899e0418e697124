import { z } from 'zod'

import { webhookEnvSchema } from '../webhooks/settings'
import { graphQLLimitsEnv } from '../graphql/limits'
import { ugcSubmissionQuotaEnv } from '../ugc/submissionQuotas'
import { rateLimitOf, unsetWhenEmpty } from './envValues'
import { jobsRunnerEnv } from './jobsRunner'
import { corsOrigins } from './origins'
import { s3StorageEnv } from './s3Storage'

const port = z.coerce.number().int().min(0).max(65_535)

/**
 * Express's `trust proxy`: `false` (default: the client is the TCP peer), `true` (trust every
 * X-Forwarded-For hop, only behind a proxy that overwrites it), a number of proxy hops, or the
 * proxies' addresses, subnets or Express's names for them (`loopback, 10.0.0.0/8`).
 */
const trustProxy = unsetWhenEmpty(z.string().optional()).transform((value) => {
  if (value === undefined || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
})

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  PAYLOAD_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long in-flight requests may take to finish after SIGTERM before they are cut. */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(10_000),
  // The delivery job reads these itself (also under `npm run jobs`); a bad value also stops the server at start.
  ...webhookEnvSchema.shape,
  SERVER_URL: unsetWhenEmpty(z.url({ protocol: /^https?$/ }).optional()),
  CORS_ORIGINS: corsOrigins,
  TRUST_PROXY: trustProxy,
  /** /api requests carrying `Authorization: users API-Key …`, counted per key. */
  RATE_LIMIT_PER_KEY_PER_MINUTE: rateLimitOf(600),
  /** Every other /api request, counted per client address (per /64 for IPv6). */
  RATE_LIMIT_PER_IP_PER_MINUTE: rateLimitOf(600),
  /** Files a client address may upload to the public UGC upload route (POST /api/ugc/uploads) per hour. */
  UGC_UPLOADS_PER_IP_PER_HOUR: rateLimitOf(60),
  /** How long an uploaded UGC file waits to be part of a submission before it is removed. */
  UGC_STAGED_UPLOAD_HOURS: unsetWhenEmpty(z.coerce.number().positive().default(24)),
  ...ugcSubmissionQuotaEnv.shape,
  /** Rate-limit counters shared by every server instance; unset: each process counts in memory. */
  REDIS_URL: unsetWhenEmpty(z.url({ protocol: /^rediss?$/ }).optional()),
  ...graphQLLimitsEnv.shape,
  ...jobsRunnerEnv.shape,
})

/** Checked apart from the schema so it is reported together with every other problem. */
function secretProblem(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== 'production' || (env.PAYLOAD_SECRET ?? '').length >= 32) return null
  return (
    'PAYLOAD_SECRET: is required in production and must be at least 32 characters ' +
    '(it signs logins and encrypts API keys; generate one with `openssl rand -hex 32`)'
  )
}

/** Checked apart from the schema: its rules span several variables (src/config/s3Storage.ts). */
function s3Problems(env: Record<string, string | undefined>): string[] {
  return s3StorageEnv.safeParse(env).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
}

/** Once Payload checks cookies against an allow-list, the admin's own origin has to be on it. */
function corsProblem(env: Record<string, string | undefined>): string | null {
  if (!env.CORS_ORIGINS?.trim() || env.SERVER_URL?.trim()) return null
  return 'CORS_ORIGINS: needs SERVER_URL, the public origin of the CMS (its admin must stay on the cookie allow-list)'
}

export type ServerEnv = z.infer<typeof serverEnvSchema>

export class ServerEnvError extends Error {}

/** Validates the server's environment; every problem is listed by variable name. */
export function readServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(env)
  const problems = [
    ...(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []),
    secretProblem(env),
    corsProblem(env),
    ...s3Problems(env),
  ].filter((problem) => problem !== null)
  if (result.success && problems.length === 0) return result.data
  throw new ServerEnvError(['Invalid server environment:', ...problems.map((p) => `  ${p}`)].join('\n'))
}
