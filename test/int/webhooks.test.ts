import type { Payload } from 'payload'

import { createLocalReq, Forbidden, initTransaction, killTransaction } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Brand, ContentAsset, Webhook, WebhookDelivery } from '../../src/payload-types'

import { WEBHOOKS_QUEUE } from '../../src/jobs/deliverWebhook'
import { verifyWebhookSignature } from '../../src/webhooks/signature'
import { createBrandAndProduct, createTeam, type Team } from '../support/contentFixtures'
import { refusal } from '../support/refusal'
import { useTestPayload } from '../support/testPayload'
import { type Receiver, startReceiver } from '../support/webhookReceiver'

/** Read when the config is imported: two attempts, no wait between them, a short timeout. */
const ENV = { JOBS_RUNNER: 'false', WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_RETRY_BASE_MS: '0', WEBHOOK_TIMEOUT_MS: '1500' }

describe('webhook deliveries through the Local API', () => {
  const saved = Object.fromEntries(Object.keys(ENV).map((name) => [name, process.env[name]]))
  beforeAll(() => {
    Object.assign(process.env, ENV)
  })
  afterAll(() => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
  })
  const testPayload = useTestPayload('webhooks')
  let payload: Payload
  let team: Team
  let brand: Brand
  let receiver: Receiver

  beforeAll(async () => {
    payload = testPayload()
    team = await createTeam(payload)
    brand = (await createBrandAndProduct(payload, team.admin)).brand
    const answers: Record<string, number | 'hang'> = { '/ok': 204, '/gone': 410, '/moved': 302, '/down': 503, '/hang': 'hang' }
    receiver = await startReceiver((path) => answers[path] ?? 404)
  })
  afterAll(async () => {
    await receiver?.close()
  })
  afterEach(async () => {
    // Each test starts without active webhooks and without waiting jobs.
    await payload.update({ collection: 'webhooks', where: {}, data: { active: false }, overrideAccess: true })
    await payload.delete({ collection: 'payload-jobs', where: {}, overrideAccess: true })
  })

  const createWebhook = (data: Partial<Webhook>) =>
    payload.create({
      collection: 'webhooks',
      data: { name: '小程序商城', url: `${receiver.url}/ok`, events: ['variant.approved'], secret: '', ...data },
      user: team.admin,
      overrideAccess: false,
    })

  /** An editor's asset with a Weibo post and a WeCom Moments post, both in review. */
  const submitAsset = (title: string) =>
    payload.create({
      collection: 'content-assets',
      data: {
        title,
        brand: brand.id,
        variants: [
          { format: 'weibo-post', status: 'in_review', body: `${title}：秋冬换季，保湿先行。` },
          { format: 'wecom-moments', status: 'in_review', body: `${title}：会员日满减提前看。` },
        ],
      },
      user: team.editor,
      overrideAccess: false,
    })

  const approveAll = (asset: ContentAsset, user = team.reviewer, options: { draft?: boolean; req?: Parameters<Payload['update']>[0]['req'] } = {}) =>
    payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: { variants: asset.variants!.map((variant) => ({ ...variant, status: 'approved' as const })) },
      user,
      overrideAccess: false,
      ...options,
    })

  const deliveriesOf = async (asset: ContentAsset) => {
    const { docs } = await payload.find({ collection: 'webhook-deliveries', depth: 0, pagination: false, sort: 'id', overrideAccess: true })
    return docs.filter((delivery) => (delivery.data as { assetId: number }).assetId === asset.id)
  }
  const webhookJobs = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: WEBHOOKS_QUEUE } },
        sort: 'id',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs

  /** Runs the queue as the server's runner does, until no job is left to run. */
  const runQueue = async () => {
    for (let round = 0; round < 10; round++) {
      if ((await payload.jobs.run({ queue: WEBHOOKS_QUEUE })).noJobsRemaining) return
    }
    throw new Error('the webhook queue did not run dry')
  }

  it('queues one delivery and one job per subscribed webhook when a reviewer approves, and none for the others', async () => {
    const otherBrand = await payload.create({ collection: 'brands', data: { name: '小禾萌宝', category: 'mother-baby' }, overrideAccess: true })
    const everything = await createWebhook({ name: '全部' })
    const weiboOnly = await createWebhook({ name: '微博', platforms: ['weibo'] })
    const ownBrand = await createWebhook({ name: '本品牌微博', platforms: ['weibo'], brands: [brand.id] })
    await createWebhook({ name: '其他品牌', brands: [otherBrand.id] })
    await createWebhook({ name: '只要发布', events: ['variant.published'] })
    await createWebhook({ name: '已停用', active: false })

    const asset = await submitAsset('订阅过滤')
    expect(await deliveriesOf(asset)).toEqual([])
    const approved = await approveAll(asset)

    const deliveries = await deliveriesOf(asset)
    const platformOf = (delivery: WebhookDelivery) => (delivery.data as { platform: string }).platform
    const subscribers = (platform: string) => deliveries.filter((delivery) => platformOf(delivery) === platform).map((delivery) => delivery.webhook)
    expect(subscribers('weibo').sort()).toEqual([everything.id, weiboOnly.id, ownBrand.id].sort())
    expect(subscribers('wecom')).toEqual([everything.id])
    expect(deliveries).toHaveLength(4)
    const weibo = approved.variants!.find((variant) => variant.format === 'weibo-post')!
    expect(deliveries.find((delivery) => delivery.webhook === everything.id && platformOf(delivery) === 'weibo')).toMatchObject({
      event: 'variant.approved',
      status: 'pending',
      attemptCount: 0,
      attempts: [],
      data: {
        assetId: asset.id,
        variantId: weibo.id,
        platform: 'weibo',
        format: 'weibo-post',
        status: 'approved',
        previousStatus: 'in_review',
        scheduledAt: null,
        publishedUrl: null,
        platformPostId: null,
        brandId: brand.id,
      },
    })
    const jobs = await webhookJobs()
    expect(jobs.map((job) => [job.taskSlug, job.input])).toEqual(deliveries.map((delivery) => ['deliverWebhook', { delivery: delivery.id }]))
  })

  it('queues nothing for a refused save, a save whose transaction is rolled back, or a draft save', async () => {
    await createWebhook({ events: ['variant.approved', 'variant.scheduled', 'variant.published'] })
    const asset = await submitAsset('不该通知')

    // An editor may not approve: the save is refused before anything is written.
    expect(await refusal(approveAll(asset, team.editor))).toEqual([
      expect.objectContaining({ path: 'variants.0.status' }),
      expect.objectContaining({ path: 'variants.1.status' }),
    ])

    // The deliveries are written in the save's transaction: they exist inside it and go with it.
    const req = await createLocalReq({ user: team.reviewer }, payload)
    await initTransaction(req)
    await approveAll(asset, team.reviewer, { req })
    expect((await payload.count({ collection: 'webhook-deliveries', overrideAccess: true, req })).totalDocs).toBeGreaterThan(0)
    await killTransaction(req)

    await approveAll(asset, team.reviewer, { draft: true })

    expect(await deliveriesOf(asset)).toEqual([])
    expect(await webhookJobs()).toEqual([])
    expect((await payload.findByID({ collection: 'content-assets', id: asset.id, overrideAccess: true })).status).toBe('in_review')
  })

  it('delivers a signed POST once, and sends nothing more if the job runs again', async () => {
    const webhook = await createWebhook({ url: `${receiver.url}/ok` })
    const asset = await submitAsset('签名投递')
    await approveAll(asset)
    const before = receiver.to('/ok').length
    await runQueue()

    const [weibo, wecom] = await deliveriesOf(asset)
    const sent = receiver.to('/ok').slice(before)
    expect(sent.map((request) => request.headers['x-zhongcao-delivery'])).toEqual([String(weibo!.id), String(wecom!.id)])
    for (const request of sent) {
      const { 'x-zhongcao-timestamp': timestamp, 'x-zhongcao-signature': signature } = request.headers as Record<string, string>
      expect(verifyWebhookSignature({ secret: webhook.secret, timestamp, signature, body: request.body })).toBe(true)
    }
    expect(weibo).toMatchObject({ status: 'delivered', attemptCount: 1, lastStatusCode: 204, attempts: [{ statusCode: 204, error: null }] })
    expect(weibo!.deliveredAt).toBe(weibo!.attempts![0]!.at)

    await payload.jobs.queue({ task: 'deliverWebhook', input: { delivery: weibo!.id }, queue: WEBHOOKS_QUEUE })
    await runQueue()
    expect(receiver.to('/ok').length).toBe(before + 2)
    expect((await deliveriesOf(asset))[0]!.attemptCount).toBe(1)
  })

  it('gives up at once on a refusal or a redirect, and after the last attempt when the receiver is down, unreachable or silent', async () => {
    const unreachable = await startReceiver(() => 204)
    await unreachable.close()
    const paths = ['/gone', '/moved', '/down', '/hang']
    for (const path of paths) await createWebhook({ name: path, url: `${receiver.url}${path}` })
    await createWebhook({ name: 'unreachable', url: `${unreachable.url}/hook` })
    const asset = await submitAsset('投递失败')
    await approveAll(asset)
    const requestsBefore = Object.fromEntries(paths.map((path) => [path, receiver.to(path).length]))
    await runQueue()

    const byWebhook = new Map<unknown, WebhookDelivery>()
    for (const delivery of await deliveriesOf(asset))
      if ((delivery.data as { platform: string }).platform === 'weibo') byWebhook.set(delivery.webhook, delivery)
    const { docs: webhooks } = await payload.find({ collection: 'webhooks', where: { active: { equals: true } }, depth: 0, overrideAccess: true })
    const attemptsOf = (name: string) => {
      const delivery = byWebhook.get(webhooks.find((webhook) => webhook.name === name)!.id)!
      expect(delivery.status).toBe('failed')
      return delivery.attempts!.map(({ statusCode, error }) => [statusCode, error])
    }
    expect(attemptsOf('/gone')).toEqual([[410, 'HTTP 410 Gone']])
    expect(attemptsOf('/moved')).toEqual([[302, 'HTTP 302 Found']])
    expect(attemptsOf('/down')).toEqual([
      [503, 'HTTP 503 Service Unavailable'],
      [503, 'HTTP 503 Service Unavailable'],
    ])
    expect(attemptsOf('/hang')).toEqual([
      [null, 'no response within 1500 ms'],
      [null, 'no response within 1500 ms'],
    ])
    expect(attemptsOf('unreachable')).toEqual([
      [null, expect.stringContaining('ECONNREFUSED')],
      [null, expect.stringContaining('ECONNREFUSED')],
    ])
    // Two deliveries (Weibo and WeCom) per webhook; the redirect was not followed.
    expect(paths.map((path) => receiver.to(path).length - requestsBefore[path]!)).toEqual([2, 2, 4, 4])
    expect(receiver.to('/redirected')).toEqual([])
    // Payload keeps the jobs it gave up on; nothing is left to run.
    expect((await webhookJobs()).every((job) => job.hasError || job.completedAt)).toBe(true)
  })

  it('does not send the pending deliveries of a webhook that was deactivated', async () => {
    const webhook = await createWebhook({ url: `${receiver.url}/ok` })
    const asset = await submitAsset('停用')
    await approveAll(asset)
    await payload.update({ collection: 'webhooks', id: webhook.id, data: { active: false }, user: team.admin, overrideAccess: false })
    const before = receiver.to('/ok').length
    await runQueue()
    expect(receiver.to('/ok').length).toBe(before)
    expect((await deliveriesOf(asset)).map((delivery) => [delivery.status, delivery.attemptCount])).toEqual([
      ['failed', 0],
      ['failed', 0],
    ])
  })

  it('lets administrators alone manage webhooks, generates and rotates the secret, and keeps the log read-only', async () => {
    const webhook = await createWebhook({})
    expect(webhook.secret).toMatch(/^[0-9a-f]{64}$/)
    const renamed = await payload.update({ collection: 'webhooks', id: webhook.id, data: { name: '改名' }, user: team.admin, overrideAccess: false })
    expect(renamed.secret).toBe(webhook.secret)
    const rotated = await payload.update({ collection: 'webhooks', id: webhook.id, data: { secret: '' }, user: team.admin, overrideAccess: false })
    expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(rotated.secret).not.toBe(webhook.secret)

    expect(await refusal(createWebhook({ url: 'ftp://publisher.example.cn/hook' }))).toEqual([
      { path: 'url', message: '请填写以 http:// 或 https:// 开头的完整地址 / Enter a full address starting with http:// or https://' },
    ])
    expect((await refusal(createWebhook({ secret: 'too-short' })))[0]!.path).toBe('secret')

    for (const user of [team.editor, team.reviewer, team.kolManager, team.publisher]) {
      await expect(payload.find({ collection: 'webhooks', user, overrideAccess: false })).rejects.toThrow(Forbidden)
      await expect(payload.find({ collection: 'webhook-deliveries', user, overrideAccess: false })).rejects.toThrow(Forbidden)
    }
    await expect(
      payload.create({
        collection: 'webhook-deliveries',
        data: { webhook: webhook.id, event: 'variant.approved', status: 'delivered', occurredAt: new Date().toISOString(), data: {} },
        user: team.admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(Forbidden)
  })
})
