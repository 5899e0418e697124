import { describe, expect, it } from 'vitest'

import { readServerEnv } from '../../../src/config/serverEnv'
import { readWebhookSettings } from '../../../src/webhooks/settings'

describe('webhook settings', () => {
  it('defaults to 6 attempts, a 30 s first retry and a 10 s timeout', () => {
    expect(readWebhookSettings({})).toEqual({ maxAttempts: 6, retryBaseMs: 30_000, timeoutMs: 10_000 })
    expect(readWebhookSettings({ WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_RETRY_BASE_MS: '500', WEBHOOK_TIMEOUT_MS: '2000' })).toEqual({
      maxAttempts: 3,
      retryBaseMs: 500,
      timeoutMs: 2000,
    })
  })

  it('names every invalid variable', () => {
    expect(() => readWebhookSettings({ WEBHOOK_MAX_ATTEMPTS: '0', WEBHOOK_RETRY_BASE_MS: 'soon', WEBHOOK_TIMEOUT_MS: '1.5' })).toThrow(
      /^Invalid webhook settings:\n {2}WEBHOOK_MAX_ATTEMPTS: .+\n {2}WEBHOOK_RETRY_BASE_MS: .+\n {2}WEBHOOK_TIMEOUT_MS: /,
    )
  })

  it('are part of the server’s start-up check', () => {
    expect(() => readServerEnv({ WEBHOOK_TIMEOUT_MS: 'ten seconds' })).toThrow(/^ {2}WEBHOOK_TIMEOUT_MS: /m)
  })
})
