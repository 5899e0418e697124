/**
 * Zhongcao CMS HTTP server: Express in front, Next (Payload's admin, REST and GraphQL) behind it.
 * `npm run dev` runs it in development, `npm start` in production after `npm run build`.
 */
import next from 'next'
import { pino } from 'pino'

import { loadDotEnv } from './config/dotEnv'
import { loggerOptions } from './config/logging'
import { readServerEnv, ServerEnvError } from './config/serverEnv'
import { registeredPayloadInstance } from './lifecycle/payloadInstance'
import { buildApp, type ServerState } from './server/app'
import { createRateLimiters } from './server/rateLimit'
import { installGracefulShutdown } from './server/shutdown'
import { readUgcUploadLimits } from './ugc/intake/limits'

process.env.NEXT_TELEMETRY_DISABLED = '1'
loadDotEnv()

let env
try {
  env = readServerEnv(process.env)
} catch (error) {
  if (!(error instanceof ServerEnvError)) throw error
  console.error(error.message)
  process.exit(1)
}

const dev = env.NODE_ENV !== 'production'
// The first dev start on an empty database opens onto demo data (see src/lifecycle/onInit.ts).
if (dev) process.env.SEED_DEMO_ON_EMPTY ??= 'true'

const logger = pino(loggerOptions('http'))
const state: ServerState = { shuttingDown: false }

const nextApp = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT })
await nextApp.prepare()

const rateLimiters = createRateLimiters({
  perKeyPerMinute: env.RATE_LIMIT_PER_KEY_PER_MINUTE,
  perIpPerMinute: env.RATE_LIMIT_PER_IP_PER_MINUTE,
  ugcFilesPerIpPerHour: env.UGC_UPLOADS_PER_IP_PER_HOUR,
  redisUrl: env.REDIS_URL,
  logger,
})

const app = buildApp({
  corsOrigins: env.CORS_ORIGINS,
  dev,
  https: (env.SERVER_URL ?? '').startsWith('https://'),
  logger,
  nextHandler: nextApp.getRequestHandler(),
  payloadInstance: registeredPayloadInstance,
  rateLimiters,
  state,
  trustProxy: env.TRUST_PROXY,
  ugcUploadSettings: { limits: readUgcUploadLimits(process.env), stagedHours: env.UGC_STAGED_UPLOAD_HOURS },
})

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  logger.info({ port, dev }, `listening on http://localhost:${port}/admin`)
  void warmUp(port)
})
// No 'upgrade' listener of our own: Next's request handler attaches one to this server on the
// first request (hot reload in dev), and a second listener would answer every handshake twice.

installGracefulShutdown({
  server,
  state,
  logger,
  drainMs: env.SHUTDOWN_DRAIN_MS,
  closeResources: async () => {
    await nextApp.close()
    await registeredPayloadInstance()?.destroy()
    await rateLimiters.close()
  },
})

/**
 * Payload starts lazily on the first request. Asking for readiness right away connects the
 * database, applies pending production migrations and seeds an empty dev database at start-up
 * instead of on a user's first click.
 */
async function warmUp(port: number): Promise<void> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`)
    const report = await response.json()
    logger[response.ok ? 'info' : 'error'](report, response.ok ? 'ready' : 'not ready')
  } catch (error) {
    logger.error({ err: error }, 'readiness check at start-up failed')
  }
}
