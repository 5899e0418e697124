import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * HMAC-SHA256 under a key derived from the server's secret for one purpose only: a signature made
 * for one thing (a media link, an upload token) is never accepted as another, and none of them
 * reveals anything about the secret itself.
 */
export const purposeSignature = (secret: string, purpose: string, message: string): Buffer =>
  createHmac('sha256', createHmac('sha256', secret).update(purpose).digest()).update(message).digest()

/** Whether a signature sent by a client (base64url) is the expected one, in constant time. */
export function isSameSignature(expected: Buffer, given: unknown): boolean {
  if (typeof given !== 'string') return false
  const bytes = Buffer.from(given, 'base64url')
  return bytes.length === expected.length && timingSafeEqual(bytes, expected)
}
