import type { Vocabulary } from '../taxonomy/options'
import type { WebhookEvent } from './events'

import { signWebhook } from './signature'

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

export const DELIVERY_STATUSES = [
  { value: 'pending', label: { zh: '待发送', en: 'Pending' } },
  { value: 'delivered', label: { zh: '已送达', en: 'Delivered' } },
  { value: 'failed', label: { zh: '失败', en: 'Failed' } },
] as const satisfies Vocabulary<DeliveryStatus>

const USER_AGENT = 'Zhongcao-Webhooks/1'

/** Longest error text kept per attempt: a connection error's message is enough to diagnose it. */
const MAX_ERROR_LENGTH = 300

export type Delivery = { id: number | string; event: WebhookEvent; occurredAt: string; data: unknown }

export type Attempt = { at: string; statusCode: number | null; durationMs: number; error: string | null }

/**
 * The request of one attempt. The body is the same on every attempt of a delivery, and its `id`
 * (also `X-Zhongcao-Delivery`) lets a receiver drop a delivery it has already processed; the
 * timestamp is the attempt's own, so a retry is not refused as a replay.
 */
export function webhookRequest(delivery: Delivery, secret: string, now = new Date()): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({ id: delivery.id, event: delivery.event, occurredAt: delivery.occurredAt, data: delivery.data })
  const timestamp = Math.floor(now.getTime() / 1000)
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': USER_AGENT,
      'X-Zhongcao-Event': delivery.event,
      'X-Zhongcao-Delivery': String(delivery.id),
      'X-Zhongcao-Timestamp': String(timestamp),
      'X-Zhongcao-Signature': signWebhook(secret, timestamp, body),
    },
  }
}

/**
 * What an attempt means for the delivery. A receiver that is down, overloaded or slow (5xx, 408,
 * 429, no response) may accept later, so the attempt is retried; any other answer (a 4xx refusal,
 * a redirect, which is not followed) will not change by asking again, so the delivery fails at once.
 */
export function attemptOutcome(statusCode: number | null): 'delivered' | 'retry' | 'failed' {
  if (statusCode === null || statusCode >= 500 || statusCode === 408 || statusCode === 429) return 'retry'
  return statusCode >= 200 && statusCode < 300 ? 'delivered' : 'failed'
}

const describeFailure = (error: unknown, timeoutMs: number): string => {
  if (error instanceof Error && error.name === 'TimeoutError') return `no response within ${timeoutMs} ms`
  // fetch reports connection problems as "fetch failed" with the reason as its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return cause instanceof Error ? cause.message : String(cause)
}

/** Sends one attempt. Never throws: every outcome, network errors included, is an attempt to log. */
export async function postWebhook(url: string, request: { body: string; headers: Record<string, string> }, timeoutMs: number): Promise<Attempt> {
  const at = new Date()
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    // The answer's body is not needed; cancelling it frees the connection.
    await response.body?.cancel()
    const error = response.ok ? null : `HTTP ${response.status} ${response.statusText}`.trim()
    return { at: at.toISOString(), statusCode: response.status, durationMs: elapsed(), error }
  } catch (error) {
    return { at: at.toISOString(), statusCode: null, durationMs: elapsed(), error: describeFailure(error, timeoutMs).slice(0, MAX_ERROR_LENGTH) }
  }
}
