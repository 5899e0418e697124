import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { verifyWebhookSignature } from '../../src/webhooks/signature'
import { login } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'
import { type Receiver, startReceiver } from '../support/webhookReceiver'

/** Three attempts, retries after 0.5 s and 1 s (the runner polls every 5 s), 3 s per attempt. */
const MAX_ATTEMPTS = 3
const ENV = { WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS), WEBHOOK_RETRY_BASE_MS: '500', WEBHOOK_TIMEOUT_MS: '3000' }

type Delivery = {
  id: number
  status: string
  attemptCount: number
  lastStatusCode: number | null
  attempts: { statusCode: number | null; error: string | null }[]
}

/** Webhooks from the admin, saves from the editor and the reviewer, deliveries to a receiver on this machine: all over real HTTP. */
describe('outbound webhooks', () => {
  let server: RunningServer
  let receiver: Receiver
  let brandId: number
  const as: Record<'admin' | 'editor' | 'reviewer', Record<string, string>> = { admin: {}, editor: {}, reviewer: {} }
  const created: number[] = []

  const rest = async (user: keyof typeof as, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/${path}`, {
      method,
      headers: { ...as[user], 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }

  const createWebhook = async (path: string) => {
    const { status, body } = await rest('admin', 'POST', 'webhooks', { name: `接收方 ${path}`, url: `${receiver.url}${path}`, events: ['variant.approved'] })
    expect(status).toBe(201)
    created.push(body.doc.id)
    return body.doc as { id: number; secret: string }
  }

  /** An editor's Weibo post, submitted for review. */
  const submit = async (title: string) => {
    const { status, body } = await rest('editor', 'POST', 'content-assets', {
      title,
      brand: brandId,
      variants: [{ format: 'weibo-post', status: 'in_review', body: `${title}：秋冬换季，保湿先行。` }],
    })
    expect(status).toBe(201)
    return body.doc as { id: number; variants: { id: string }[] }
  }

  /** The reviewer approves the post; resolves with how long the save took. */
  const approve = async (asset: { id: number; variants: object[] }) => {
    const started = performance.now()
    const { status } = await rest('reviewer', 'PATCH', `content-assets/${asset.id}`, {
      variants: asset.variants.map((variant) => ({ ...variant, status: 'approved' })),
    })
    expect(status).toBe(200)
    return performance.now() - started
  }

  const deliveryTo = async (webhookId: number) => {
    const { body } = await rest('admin', 'GET', `webhook-deliveries?where[webhook][equals]=${webhookId}&depth=0`)
    expect(body.docs).toHaveLength(1)
    return body.docs[0] as Delivery
  }
  const waitForDelivery = (webhookId: number, status: string, timeout: number) =>
    vi.waitFor(
      async () => {
        const delivery = await deliveryTo(webhookId)
        expect(delivery.status).toBe(status)
        return delivery
      },
      { timeout, interval: 500 },
    )

  beforeAll(async () => {
    receiver = await startReceiver((path, nth) => {
      if (path === '/flaky') return nth === 1 ? 500 : 200
      if (path === '/down') return 500
      if (path === '/slow') return 'hang'
      return 200
    })
    server = await startServer({ label: 'http-webhooks', mode: 'development', env: ENV })
    for (const user of ['admin', 'editor', 'reviewer'] as const)
      as[user] = { Authorization: `JWT ${(await login(server.url, `${user}@zhongcao.local`)).body.token}` }
    brandId = (await rest('admin', 'GET', `brands?where[name][equals]=${encodeURIComponent('花漾研究所')}`)).body.docs[0].id
  })
  afterEach(async () => {
    // Webhooks of one test must not hear the next test's saves.
    for (const id of created.splice(0)) expect((await rest('admin', 'PATCH', `webhooks/${id}`, { active: false })).status).toBe(200)
  })
  afterAll(async () => {
    await server?.stop()
    await receiver?.close()
  })

  it('delivers a signed POST, within the replay window, describing the variant the reviewer approved', async () => {
    const webhook = await createWebhook('/ok')
    const asset = await submit('签名校验')
    await approve(asset)

    const [request] = await vi.waitFor(
      () => {
        expect(receiver.to('/ok')).toHaveLength(1)
        return receiver.to('/ok')
      },
      { timeout: 30_000, interval: 200 },
    )
    const headers = request!.headers as Record<string, string>
    expect(headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'Zhongcao-Webhooks/1', 'x-zhongcao-event': 'variant.approved' })
    expect(Math.abs(Date.now() / 1000 - Number(headers['x-zhongcao-timestamp']))).toBeLessThan(300)
    const signed = { timestamp: headers['x-zhongcao-timestamp'], signature: headers['x-zhongcao-signature'], body: request!.body }
    expect(verifyWebhookSignature({ secret: webhook.secret, ...signed })).toBe(true)
    expect(verifyWebhookSignature({ secret: webhook.secret, ...signed, body: request!.body.replace('approved', 'published') })).toBe(false)

    const delivery = await waitForDelivery(webhook.id, 'delivered', 10_000)
    expect(headers['x-zhongcao-delivery']).toBe(String(delivery.id))
    expect(JSON.parse(request!.body)).toEqual({
      id: delivery.id,
      event: 'variant.approved',
      occurredAt: expect.any(String),
      data: {
        assetId: asset.id,
        variantId: asset.variants[0]!.id,
        platform: 'weibo',
        format: 'weibo-post',
        status: 'approved',
        previousStatus: 'in_review',
        scheduledAt: null,
        publishedUrl: null,
        platformPostId: null,
        brandId,
      },
    })
    expect(delivery).toMatchObject({ attemptCount: 1, lastStatusCode: 200, attempts: [{ statusCode: 200, error: null }] })
    // The log and the secrets are the administrators' alone.
    expect((await rest('reviewer', 'GET', 'webhook-deliveries')).status).toBe(403)
    expect((await rest('editor', 'GET', `webhooks/${webhook.id}`)).status).toBe(403)
  })

  it('retries after a 500 and logs both attempts, then stops', async () => {
    const webhook = await createWebhook('/flaky')
    await approve(await submit('失败重试'))

    const delivery = await waitForDelivery(webhook.id, 'delivered', 60_000)
    expect(delivery.attempts.map(({ statusCode, error }) => [statusCode, error])).toEqual([
      [500, 'HTTP 500 Internal Server Error'],
      [200, null],
    ])
    expect(delivery).toMatchObject({ attemptCount: 2, lastStatusCode: 200 })
    const [first, retry] = receiver.to('/flaky')
    expect(retry!.body).toBe(first!.body)
    expect(retry!.headers['x-zhongcao-delivery']).toBe(first!.headers['x-zhongcao-delivery'])
    expect(retry!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(500)

    // Two more turns of the runner: nothing else is sent.
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    expect(receiver.to('/flaky')).toHaveLength(2)
  })

  it('gives up on a receiver that always fails after the configured attempts, with growing waits and no retry storm', async () => {
    const webhook = await createWebhook('/down')
    await approve(await submit('持续失败'))

    const delivery = await waitForDelivery(webhook.id, 'failed', 90_000)
    expect(delivery.attempts.map(({ statusCode }) => statusCode)).toEqual(Array(MAX_ATTEMPTS).fill(500))
    const times = receiver.to('/down').map((request) => request.receivedAt)
    expect(times).toHaveLength(MAX_ATTEMPTS)
    // Exponential backoff: at least 0.5 s, then at least 1 s.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(500)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1000)

    await new Promise((resolve) => setTimeout(resolve, 16_000))
    expect(receiver.to('/down')).toHaveLength(MAX_ATTEMPTS)
    expect((await deliveryTo(webhook.id)).attemptCount).toBe(MAX_ATTEMPTS)
  })

  it('keeps the reviewer’s save as fast with a receiver that never answers as with no webhook at all', async () => {
    const withoutWebhook = await approve(await submit('基准保存'))

    const webhook = await createWebhook('/slow')
    const whileQueued = await approve(await submit('慢接收方一'))
    await vi.waitFor(() => expect(receiver.to('/slow')).toHaveLength(1), { timeout: 30_000, interval: 200 })
    // The runner is now waiting on the receiver; saves go on regardless.
    const whileWaiting = await approve(await submit('慢接收方二'))

    const generous = Math.max(3 * withoutWebhook, withoutWebhook + 2_000)
    expect(whileQueued).toBeLessThan(generous)
    expect(whileWaiting).toBeLessThan(generous)
    const { body } = await rest('admin', 'GET', `webhook-deliveries?where[webhook][equals]=${webhook.id}&sort=id&depth=0`)
    const timedOut = await vi.waitFor(
      async () => {
        const [first] = (await rest('admin', 'GET', `webhook-deliveries/${body.docs[0].id}?depth=0`)).body.attempts as Delivery['attempts']
        expect(first).toBeDefined()
        return first!
      },
      { timeout: 20_000, interval: 500 },
    )
    expect(timedOut).toMatchObject({ statusCode: null, error: 'no response within 3000 ms' })
  })
})
