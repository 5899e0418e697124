import type { LoggerOptions } from 'pino'

/**
 * One shape for every JSON log line of the process, so a log pipeline can tell the HTTP server's
 * lines from Payload's by `component` and filter both by `LOG_LEVEL`.
 */
export const loggerOptions = (component: 'http' | 'payload'): LoggerOptions => ({
  level: process.env.LOG_LEVEL || 'info',
  base: { service: 'zhongcao-cms', component },
})
