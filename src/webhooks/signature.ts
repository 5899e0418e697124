import { createHmac, timingSafeEqual } from 'node:crypto'

/** How far a delivery's timestamp may be from the receiver's clock before it counts as a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300

const SIGNATURE_PREFIX = 'sha256='

/**
 * The `X-Zhongcao-Signature` value of a delivery: HMAC-SHA256 with the webhook's secret over the
 * timestamp, a dot and the raw body. Signing the timestamp too means an old delivery cannot be
 * replayed with a fresh `X-Zhongcao-Timestamp`.
 */
export function signWebhook(secret: string, timestamp: number | string, body: string | Buffer): string {
  return SIGNATURE_PREFIX + createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')
}

/**
 * Checks a delivery as a receiver does: the signature matches the raw body (compared in constant
 * time) and the timestamp is within `toleranceSeconds` of `now`, in either direction.
 */
export function verifyWebhookSignature({
  secret,
  timestamp,
  signature,
  body,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  secret: string
  timestamp: string | null | undefined
  signature: string | null | undefined
  body: string | Buffer
  now?: Date
  toleranceSeconds?: number
}): boolean {
  if (!timestamp || !/^\d+$/.test(timestamp) || !signature) return false
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return false
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const received = Buffer.from(signature)
  return expected.length === received.length && timingSafeEqual(expected, received)
}
