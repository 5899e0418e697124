import type { Server } from 'node:http'
import type { Logger } from 'pino'

import type { ServerState } from './app'

/**
 * Graceful stop on SIGTERM/SIGINT: refuse readiness so a load balancer stops sending traffic,
 * stop accepting connections, let in-flight requests finish (cut after `drainMs`), then close
 * Next and the database. A second signal exits at once.
 */
export function installGracefulShutdown({
  closeResources,
  drainMs,
  logger,
  server,
  state,
}: {
  closeResources: () => Promise<void>
  drainMs: number
  logger: Logger
  server: Server
  state: ServerState
}): void {
  const shutdown = async (signal: NodeJS.Signals) => {
    if (state.shuttingDown) {
      logger.warn({ signal }, 'second signal: exiting without draining')
      process.exit(1)
    }
    state.shuttingDown = true
    logger.info({ signal, drainMs }, 'shutting down: draining requests')

    const drained = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    const cutOff = setTimeout(() => {
      logger.warn('drain time over: closing remaining connections')
      server.closeAllConnections()
    }, drainMs)
    cutOff.unref()

    let exitCode = 0
    try {
      await drained
      await closeResources()
      logger.info('shutdown complete')
    } catch (error) {
      exitCode = 1
      logger.error({ err: error }, 'shutdown failed')
    }
    clearTimeout(cutOff)
    process.exit(exitCode)
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}
