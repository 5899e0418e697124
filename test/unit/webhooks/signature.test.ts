import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { signWebhook, verifyWebhookSignature } from '../../../src/webhooks/signature'

const secret = 'a3f1'.repeat(16)
const body = JSON.stringify({ id: 7, event: 'variant.approved', data: { title: '干皮亲妈面霜🧴' } })
const now = new Date('2026-03-01T12:00:00Z')
const timestamp = String(now.getTime() / 1000)

describe('webhook signatures', () => {
  it('is HMAC-SHA256 of "timestamp.body" in hex, as a receiver computes it with node:crypto alone', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
    expect(signWebhook(secret, timestamp, body)).toBe(`sha256=${expected}`)
    expect(signWebhook(secret, Number(timestamp), Buffer.from(body))).toBe(`sha256=${expected}`)
  })

  it('verifies a genuine delivery, from the raw body as a string or as bytes', () => {
    const signature = signWebhook(secret, timestamp, body)
    expect(verifyWebhookSignature({ secret, timestamp, signature, body, now })).toBe(true)
    expect(verifyWebhookSignature({ secret, timestamp, signature, body: Buffer.from(body), now })).toBe(true)
  })

  it('refuses another secret, a changed body, a moved timestamp and malformed headers', () => {
    const signature = signWebhook(secret, timestamp, body)
    expect(verifyWebhookSignature({ secret: 'b'.repeat(64), timestamp, signature, body, now })).toBe(false)
    expect(verifyWebhookSignature({ secret, timestamp, signature, body: body.replace('7', '8'), now })).toBe(false)
    expect(verifyWebhookSignature({ secret, timestamp: String(Number(timestamp) + 1), signature, body, now })).toBe(false)
    for (const malformed of [undefined, '', signature.slice('sha256='.length), signature.slice(0, -1), signature.toUpperCase()]) {
      expect(verifyWebhookSignature({ secret, timestamp, signature: malformed, body, now })).toBe(false)
    }
    for (const badTimestamp of [undefined, '', '1.5', '-1', `${timestamp}abc`]) {
      expect(verifyWebhookSignature({ secret, timestamp: badTimestamp, signature, body, now })).toBe(false)
    }
  })

  it('accepts a timestamp within the replay window either way and refuses one outside it', () => {
    const at = (offsetSeconds: number) => {
      const sentAt = String(Number(timestamp) + offsetSeconds)
      return verifyWebhookSignature({ secret, timestamp: sentAt, signature: signWebhook(secret, sentAt, body), body, now })
    }
    expect([at(-300), at(0), at(300)]).toEqual([true, true, true])
    expect([at(-301), at(301)]).toEqual([false, false])
    const sentAt = String(Number(timestamp) - 3600)
    expect(verifyWebhookSignature({ secret, timestamp: sentAt, signature: signWebhook(secret, sentAt, body), body, now, toleranceSeconds: 7200 })).toBe(true)
  })
})
