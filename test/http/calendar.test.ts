import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, chinaDayOf, chinaDayStart } from '../../src/calendar/chinaTime'
import { login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

/** The calendar's REST endpoints on the real server, with the demo team and content of `npm run dev`. */
describe('content calendar endpoints over HTTP', () => {
  let server: RunningServer
  const headers: Record<'reviewer' | 'kolManager', Record<string, string>> = { reviewer: {}, kolManager: {} }
  const today = chinaDayOf(new Date())

  const call = async (path: string, init: RequestInit & { as?: Record<string, string> } = {}) => {
    const response = await fetch(`${server.url}/api/content-assets${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN', ...init.as },
    })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }
  const refusalOf = (body: Record<string, any>) => ({ message: body.errors?.[0]?.message, ...body.errors?.[0]?.data })

  beforeAll(async () => {
    server = await startServer({ label: 'calendar-http', mode: 'development' })
    for (const [role, email] of [
      ['reviewer', 'reviewer@zhongcao.local'],
      ['kolManager', 'kol@zhongcao.local'],
    ] as const) {
      headers[role] = { Authorization: `JWT ${(await login(server.url, email)).body.token}` }
    }
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('answers the calendar of a range to staff, not to anonymous callers or publishers', async () => {
    const range = `?from=${addDays(today, -3)}&to=${addDays(today, 7)}`
    const { status, body } = await call(`/calendar${range}`, { as: headers.kolManager })
    expect(status).toBe(200)
    expect(body.entries.length).toBeGreaterThan(0)
    // Only what a chip needs: no texts, checks or notes of the team.
    expect(Object.keys(body.entries[0]).sort()).toEqual(['assetId', 'at', 'brandId', 'channel', 'format', 'status', 'title', 'variantId'])
    expect(body.tray.every((item: { status: string }) => item.status === 'approved')).toBe(true)

    expect(refusalOf((await call(`/calendar${range}`)).body)).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' })
    const publisher = await call(`/calendar${range}`, { as: { Authorization: `users API-Key ${publisherApiKey}` } })
    expect(publisher.status).toBe(403)
    expect(refusalOf(publisher.body)).toMatchObject({ code: 'FORBIDDEN', message: '内容日历仅供团队成员使用' })
  })

  it('refuses ranges over six weeks and unreadable parameters with the field, never a 500', async () => {
    const tooLong = await call(`/calendar?from=${today}&to=${addDays(today, 42)}`, { as: headers.reviewer })
    expect(tooLong.status).toBe(400)
    expect(refusalOf(tooLong.body)).toEqual({ code: 'BAD_USER_INPUT', field: 'to', message: '日期范围最多 42 天' })
    const badChannel = await call(`/calendar?from=${today}&to=${today}&channel=tiktok`, { as: headers.reviewer })
    expect(badChannel.status).toBe(400)
    expect(refusalOf(badChannel.body)).toMatchObject({ field: 'channel' })
    const badBrand = await call(`/calendar?from=${today}&to=${today}&brand=abc`, { as: headers.reviewer })
    expect(badBrand.status).toBe(400)
    expect(refusalOf(badBrand.body)).toMatchObject({ field: 'brand', message: 'brand 不是有效的品牌 ID' })
  })

  it('refuses schedule requests that cannot be made, saying why', async () => {
    const { body } = await call(`/calendar?from=${today}&to=${today}`, { as: headers.reviewer })
    const [item] = body.tray as { assetId: number; variantId: string }[]
    const at = chinaDayStart(addDays(today, 2), 20).toISOString()
    const post = (assetId: number | string, data: unknown, as = headers.reviewer) =>
      call(`/${assetId}/schedule`, { method: 'POST', body: JSON.stringify(data), as })

    // Who asks comes first: a broken body from nobody is not read.
    const anonymous = await call(`/${item!.assetId}/schedule`, { method: 'POST', body: '{"variantId":' })
    expect(anonymous.status).toBe(401)
    expect(refusalOf(anonymous.body)).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' })
    const brokenJson = await call(`/${item!.assetId}/schedule`, { method: 'POST', body: '{"variantId":', as: headers.reviewer })
    expect(brokenJson.status).toBe(400)
    expect(refusalOf(brokenJson.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', message: '请求体须为有效的 JSON' })

    const badTime = await post(item!.assetId, { variantId: item!.variantId, scheduledAt: 'tomorrow evening' })
    expect(badTime.status).toBe(400)
    expect(refusalOf(badTime.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scheduledAt' })

    for (const assetId of [999_999, 'abc']) {
      const missing = await post(assetId, { variantId: item!.variantId, scheduledAt: at })
      expect(missing.status).toBe(404)
      expect(refusalOf(missing.body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' })
    }

    const kolManager = await post(item!.assetId, { variantId: item!.variantId, scheduledAt: at }, headers.kolManager)
    expect(kolManager.status).toBe(403)
    expect(refusalOf(kolManager.body)).toMatchObject({ code: 'FORBIDDEN', message: '只有审核员和管理员可以排期内容' })

    const past = await post(item!.assetId, { variantId: item!.variantId, scheduledAt: '2020-01-01T12:00:00Z' })
    expect(past.status).toBe(400)
    expect(refusalOf(past.body)).toMatchObject({ code: 'BAD_USER_INPUT', message: '发布时间必须晚于现在。' })
    expect(refusalOf(past.body).field).toMatch(/^variants\.\d+\.status$/)

    // The same tray item, scheduled properly.
    const scheduled = await post(item!.assetId, { variantId: item!.variantId, scheduledAt: at })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.variant).toMatchObject({ variantId: item!.variantId, status: 'scheduled', at })
  })
})
