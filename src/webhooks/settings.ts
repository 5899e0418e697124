import { z } from 'zod'

/** The webhook variables of the environment; also part of the server's start-up check (src/config/serverEnv.ts). */
export const webhookEnvSchema = z.object({
  /** Attempts per delivery, the first one included. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** Wait before the first retry; each later retry waits twice as long as the one before. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(0).default(30_000),
  /** How long one attempt may take, response included. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
})

export type WebhookSettings = { maxAttempts: number; retryBaseMs: number; timeoutMs: number }

export function readWebhookSettings(env: Record<string, string | undefined>): WebhookSettings {
  const result = webhookEnvSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(['Invalid webhook settings:', ...problems].join('\n'))
  }
  const { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_BASE_MS, WEBHOOK_TIMEOUT_MS } = result.data
  return { maxAttempts: WEBHOOK_MAX_ATTEMPTS, retryBaseMs: WEBHOOK_RETRY_BASE_MS, timeoutMs: WEBHOOK_TIMEOUT_MS }
}
