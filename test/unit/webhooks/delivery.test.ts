import { describe, expect, it } from 'vitest'

import { attemptOutcome, webhookRequest } from '../../../src/webhooks/delivery'
import { verifyWebhookSignature } from '../../../src/webhooks/signature'
import { isWebhookUrl } from '../../../src/webhooks/url'

describe('webhook attempts', () => {
  it('retries what may succeed later and gives up on what will not', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(attemptOutcome(status)).toBe('delivered')
    // No response (network error, timeout), a receiver that is down or overloaded, or asks to slow down.
    for (const status of [null, 500, 502, 503, 504, 408, 429]) expect(attemptOutcome(status)).toBe('retry')
    // A refusal, or a redirect (not followed): asking again gets the same answer.
    for (const status of [400, 401, 403, 404, 410, 413, 422, 301, 302, 307, 308, 100]) expect(attemptOutcome(status)).toBe('failed')
  })

  it('sends the same body on every attempt, with that attempt’s timestamp and a signature over both', () => {
    const delivery = { id: 42, event: 'variant.published' as const, occurredAt: '2026-03-01T12:00:00.000Z', data: { assetId: 3, platform: 'weibo' } }
    const secret = 'c'.repeat(64)
    const first = webhookRequest(delivery, secret, new Date('2026-03-01T12:00:05.900Z'))
    const retry = webhookRequest(delivery, secret, new Date('2026-03-01T12:01:00Z'))

    expect(JSON.parse(first.body)).toEqual({
      id: 42,
      event: 'variant.published',
      occurredAt: '2026-03-01T12:00:00.000Z',
      data: { assetId: 3, platform: 'weibo' },
    })
    expect(retry.body).toBe(first.body)
    expect(first.headers).toMatchObject({
      'Content-Type': 'application/json',
      'User-Agent': 'Zhongcao-Webhooks/1',
      'X-Zhongcao-Event': 'variant.published',
      'X-Zhongcao-Delivery': '42',
      'X-Zhongcao-Timestamp': '1772366405',
    })
    expect(retry.headers['X-Zhongcao-Timestamp']).toBe('1772366460')
    for (const { body, headers } of [first, retry]) {
      const signed = { secret, body, timestamp: headers['X-Zhongcao-Timestamp'], signature: headers['X-Zhongcao-Signature'] }
      expect(verifyWebhookSignature({ ...signed, now: new Date(Number(signed.timestamp) * 1000) })).toBe(true)
    }
  })

  it('accepts absolute http and https addresses only', () => {
    for (const url of ['https://publisher.example.cn/hooks/zhongcao', 'http://10.0.0.5:8080/hook', 'http://127.0.0.1:4000/'])
      expect(isWebhookUrl(url)).toBe(true)
    for (const url of ['ftp://example.cn/hook', 'file:///etc/passwd', 'javascript:alert(1)', '/relative/hook', 'publisher.example.cn', '', null, 42]) {
      expect(isWebhookUrl(url)).toBe(false)
    }
  })
})
