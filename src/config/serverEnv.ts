import { z } from 'zod'

const port = z.coerce.number().int().min(0).max(65_535)

const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(3000),
    PAYLOAD_SECRET: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How long in-flight requests may take to finish after SIGTERM before they are cut. */
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(10_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (env.PAYLOAD_SECRET ?? '').length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message:
          'is required in production and must be at least 32 characters ' +
          '(it signs logins and encrypts API keys; generate one with `openssl rand -hex 32`)',
      })
    }
  })

export type ServerEnv = z.infer<typeof serverEnvSchema>

export class ServerEnvError extends Error {}

/** Validates the server's environment; every problem is listed by variable name. */
export function readServerEnv(env: NodeJS.ProcessEnv): ServerEnv {
  const result = serverEnvSchema.safeParse(env)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new ServerEnvError(['Invalid server environment:', ...problems].join('\n'))
}
