import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Brand, ContentAsset, Media, User } from '../../src/payload-types'
import type { FormatId } from '../../src/platforms/types'

import { addDays, chinaDayOf, chinaDayStart, formatChinaTime } from '../../src/calendar/chinaTime'
import { readCalendar } from '../../src/calendar/readCalendar'
import { scheduleVariant } from '../../src/calendar/scheduleVariant'
import { createContentWorld, type Team } from '../support/contentFixtures'
import { refusal } from '../support/refusal'
import { useTestPayload } from '../support/testPayload'

type Variant = NonNullable<ContentAsset['variants']>[number]

const HOUR = 3_600_000

/** A refused schedule as the endpoint answers it: status, code, field and message. */
async function refused(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    const { status, code, data, message } = error as { status: number; code: string; data?: { field?: string }; message: string }
    return { status, code, field: data?.field, message }
  }
  throw new Error('the schedule was expected to be refused')
}

describe('content calendar: reading and scheduling through the workflow', () => {
  const testPayload = useTestPayload('calendar')
  let payload: Payload
  let team: Team
  let cover: Media
  let brand: Brand
  let otherBrand: Brand
  /** A Beijing day three days ahead, so its evening is always in the future. */
  const day = addDays(chinaDayOf(new Date()), 3)
  const at = (hour: number, onDay = day) => chinaDayStart(onDay, hour)

  const asUser = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const read = (id: number | string) => payload.findByID({ collection: 'content-assets', id, depth: 0, overrideAccess: true })
  const auditCount = async () => (await payload.count({ collection: 'audit-log' })).totalDocs

  const VARIANTS: Partial<Record<FormatId, Partial<Variant>>> = {
    'wechat-article': { title: '秋冬干皮修护指南', body: '<p>换季脸干起皮？这篇讲清楚干皮修护。</p>' },
    'weibo-post': { body: '秋冬换季，干皮修护正当时。' },
    'wecom-moments': { body: '新品到货啦，欢迎找我预订～' },
  }

  /** An asset written by the editor and approved by the reviewer on every one of its formats. */
  async function approvedAsset(formats: FormatId[], brandId: Brand['id'] = brand.id): Promise<ContentAsset> {
    const created = await payload.create({
      collection: 'content-assets',
      data: {
        title: `日历测试 ${formats.join(' ')}`,
        brand: brandId,
        variants: formats.map((format) => ({ format, status: 'draft' as const, cover: cover.id, ...VARIANTS[format] })),
      },
      user: team.editor,
      overrideAccess: false,
    })
    const all = (asset: ContentAsset, status: Variant['status']) => asset.variants!.map((variant) => ({ ...variant, status }))
    const submitted = await payload.update({
      collection: 'content-assets',
      id: created.id,
      data: { variants: all(created, 'in_review') },
      user: team.editor,
      overrideAccess: false,
    })
    return payload.update({
      collection: 'content-assets',
      id: created.id,
      data: { variants: all(submitted, 'approved') },
      user: team.reviewer,
      overrideAccess: false,
    })
  }

  const schedule = async (user: User, asset: ContentAsset, index: number, scheduledAt: Date) =>
    scheduleVariant(await asUser(user), String(asset.id), { variantId: asset.variants![index]!.id!, scheduledAt })

  beforeAll(async () => {
    payload = testPayload()
    const world = await createContentWorld(payload)
    ;({ team, cover, brand } = world)
    otherBrand = await payload.create({
      collection: 'brands',
      data: { name: '小禾萌宝', category: 'mother-baby' },
      user: team.admin,
      overrideAccess: false,
    })
  })

  it('lets a reviewer schedule an approved variant, changing only it, and warns of a second 公众号 send that day', async () => {
    const first = await approvedAsset(['wechat-article'])
    await schedule(team.reviewer, first, 0, at(20))
    const second = await approvedAsset(['wechat-article', 'weibo-post'])
    const before = await auditCount()

    const result = await schedule(team.reviewer, second, 0, at(21))
    expect(result.variant).toMatchObject({ variantId: second.variants![0]!.id, status: 'scheduled', at: at(21).toISOString(), channel: 'wechat-oa' })
    expect(result.message).toBe(`已排期到 ${formatChinaTime(at(21))}（北京时间）`)
    expect(result.warnings).toEqual([
      {
        brandId: String(brand.id),
        channel: 'wechat-oa',
        day,
        count: 2,
        max: 1,
        message: '当天已有 2 条公众号群发：订阅号每天只能群发一次',
      },
    ])

    const saved = await read(second.id)
    expect(saved.variants!.map((variant) => [variant.status, variant.scheduledAt ?? null])).toEqual([
      ['scheduled', at(21).toISOString()],
      ['approved', null],
    ])
    const { docs } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(second.id) } }, sort: '-createdAt', limit: 1 })
    expect(await auditCount()).toBe(before + 1)
    expect(docs[0]).toMatchObject({ actor: 'reviewer@brand.cn', from: 'approved', to: 'scheduled', variantId: second.variants![0]!.id })
  })

  it('lets a reviewer move a scheduled post, audited as a reschedule in Beijing time', async () => {
    const asset = await approvedAsset(['weibo-post'])
    await schedule(team.reviewer, asset, 0, at(10))
    const result = await schedule(team.reviewer, asset, 0, at(22, addDays(day, 1)))
    expect(result.message).toBe(`已改期到 ${formatChinaTime(at(22, addDays(day, 1)))}（北京时间）`)
    expect(result.warnings).toEqual([])
    expect((await read(asset.id)).variants![0]!.scheduledAt).toBe(at(22, addDays(day, 1)).toISOString())
    const { docs } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(asset.id) } }, sort: '-createdAt', limit: 1 })
    expect(docs[0]).toMatchObject({ from: 'scheduled', to: 'scheduled', actor: 'reviewer@brand.cn' })
    expect(docs[0]!.reason).toBe(`改期 / Rescheduled: ${formatChinaTime(at(10))} → ${formatChinaTime(at(22, addDays(day, 1)))}（北京时间 / Beijing time）`)

    // The same time again is no move: nothing written, not even the asset's updatedAt.
    const before = { audit: await auditCount(), updatedAt: (await read(asset.id)).updatedAt }
    expect((await schedule(team.reviewer, asset, 0, at(22, addDays(day, 1)))).message).toBe(
      `发布时间未变：${formatChinaTime(at(22, addDays(day, 1)))}（北京时间）`,
    )
    expect({ audit: await auditCount(), updatedAt: (await read(asset.id)).updatedAt }).toEqual(before)
  })

  it('refuses an editor in Chinese, as the workflow does, even for the same time again, and changes nothing', async () => {
    const asset = await approvedAsset(['weibo-post', 'wechat-article'])
    await schedule(team.reviewer, asset, 1, at(20))
    const before = await auditCount()

    const forbidden = { status: 403, code: 'FORBIDDEN', field: undefined, message: '只有审核员和管理员可以排期内容' }
    expect(await refused(schedule(team.editor, asset, 0, at(11)))).toEqual(forbidden)
    expect(await refused(schedule(team.editor, asset, 1, at(21)))).toEqual(forbidden)
    expect(await refused(schedule(team.editor, asset, 1, at(20)))).toEqual(forbidden)
    const saved = await read(asset.id)
    expect(saved.variants!.map((variant) => [variant.status, variant.scheduledAt ?? null])).toEqual([
      ['approved', null],
      ['scheduled', at(20).toISOString()],
    ])
    expect(await auditCount()).toBe(before)
  })

  it('refuses to publish over an editor’s newer unsaved draft, and keeps the draft', async () => {
    const asset = await approvedAsset(['weibo-post'])
    await payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: { variants: asset.variants!.map((variant) => ({ ...variant, body: `${variant.body}（草稿修改）` })) },
      draft: true,
      user: team.editor,
      overrideAccess: false,
    })
    expect(await refused(schedule(team.reviewer, asset, 0, at(11)))).toEqual({
      status: 409,
      code: 'INVALID_STATE',
      field: 'id',
      message: '有未发布的草稿修改，请先在编辑页处理',
    })
    expect((await read(asset.id)).variants![0]).toMatchObject({ status: 'approved', scheduledAt: null })
    const draft = await payload.findByID({ collection: 'content-assets', id: asset.id, draft: true, depth: 0, overrideAccess: true })
    expect(draft.variants![0]!.body).toContain('（草稿修改）')
  })

  it('leaves a document another user has open alone: 423, their lock kept', async () => {
    const asset = await approvedAsset(['weibo-post'])
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'content-assets', value: asset.id }, user: { relationTo: 'users', value: team.editor.id } },
      overrideAccess: true,
    })
    expect(await refused(schedule(team.reviewer, asset, 0, at(11)))).toEqual({
      status: 423,
      code: 'INVALID_STATE',
      field: 'id',
      message: '该内容正在被他人编辑，请稍后再排期',
    })
    expect((await read(asset.id)).variants![0]).toMatchObject({ status: 'approved', scheduledAt: null })
    expect(await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
    await payload.delete({ collection: 'payload-locked-documents', id: lock.id, overrideAccess: true })
  })

  it('refuses a time in the past, and a variant that is not approved or scheduled', async () => {
    const asset = await approvedAsset(['weibo-post'])
    const before = await auditCount()
    expect(await refused(schedule(team.reviewer, asset, 0, new Date(Date.now() - HOUR)))).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      field: 'variants.0.status',
      message: '发布时间必须晚于现在。',
    })
    expect((await read(asset.id)).variants![0]).toMatchObject({ status: 'approved', scheduledAt: null })

    const draft = await payload.create({
      collection: 'content-assets',
      data: { title: '草稿', brand: brand.id, variants: [{ format: 'weibo-post', status: 'draft', body: '还在写' }] },
      user: team.editor,
      overrideAccess: false,
    })
    expect(await refused(schedule(team.reviewer, draft, 0, at(11)))).toMatchObject({ status: 409, code: 'INVALID_STATE', field: 'variantId' })
    expect(await refused(scheduleVariant(await asUser(team.reviewer), String(asset.id), { variantId: 'nope', scheduledAt: at(11) }))).toMatchObject({
      status: 404,
      code: 'VARIANT_NOT_FOUND',
    })
    expect(await auditCount()).toBe(before)
  })

  it('refuses people who do not work on content', async () => {
    const asset = await approvedAsset(['weibo-post'])
    expect(await refused(schedule(team.kolManager, asset, 0, at(11)))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
      field: undefined,
      message: '只有审核员和管理员可以排期内容',
    })
    expect((await read(asset.id)).variants![0]!.status).toBe('approved')
  })

  it('reads the calendar of a range with the tray and the warnings, per brand and channel', async () => {
    const wecomDay = addDays(day, 5)
    const wecom = await approvedAsset(['wecom-moments', 'wecom-moments', 'wecom-moments', 'wecom-moments'])
    for (const [index, hour] of [8, 12, 18, 20].entries()) await schedule(team.reviewer, wecom, index, at(hour, wecomDay))
    const other = await approvedAsset(['wecom-moments', 'wechat-article'], otherBrand.id)
    await schedule(team.reviewer, other, 0, at(9, wecomDay))

    const calendar = await readCalendar(await asUser(team.editor), { from: wecomDay, to: wecomDay, brand: null, channel: null })
    expect(calendar.entries.map((entry) => [entry.brandId, entry.channel, entry.at])).toEqual([
      [String(brand.id), 'wecom', at(8, wecomDay).toISOString()],
      [String(otherBrand.id), 'wecom', at(9, wecomDay).toISOString()],
      [String(brand.id), 'wecom', at(12, wecomDay).toISOString()],
      [String(brand.id), 'wecom', at(18, wecomDay).toISOString()],
      [String(brand.id), 'wecom', at(20, wecomDay).toISOString()],
    ])
    // Four for one brand, one for the other: only the first is over the limit of three.
    expect(calendar.warnings).toMatchObject([{ brandId: String(brand.id), channel: 'wecom', count: 4, day: wecomDay }])
    expect(calendar.tray.map((item) => [item.assetId, item.channel])).toContainEqual([other.id, 'wechat-oa'])
    expect(calendar.truncated).toBe(false)

    const narrowed = await readCalendar(await asUser(team.editor), { from: wecomDay, to: wecomDay, brand: String(otherBrand.id), channel: 'wechat-oa' })
    expect(narrowed.entries).toEqual([])
    expect(narrowed.tray.map((item) => [item.assetId, item.brandId, item.channel])).toEqual([[other.id, String(otherBrand.id), 'wechat-oa']])

    // The day before shows nothing of that day.
    expect(
      (await readCalendar(await asUser(team.editor), { from: addDays(wecomDay, -1), to: addDays(wecomDay, -1), brand: null, channel: 'wecom' })).entries,
    ).toEqual([])
  })

  it('keeps a brand’s posting windows whole hours with the end after the start', async () => {
    const errors = await refusal(
      payload.update({
        collection: 'brands',
        id: brand.id,
        data: { postingWindows: [{ channel: 'wechat-oa', fromHour: 21, toHour: 20 }] },
        user: team.editor,
        overrideAccess: false,
      }),
    )
    expect(errors).toEqual([{ path: 'postingWindows.0.toHour', message: '结束时间须晚于开始时间' }])
    expect(
      await refusal(
        payload.update({
          collection: 'brands',
          id: brand.id,
          data: { postingWindows: [{ channel: 'wechat-oa', fromHour: 20.5, toHour: 22 }] },
          user: team.editor,
          overrideAccess: false,
        }),
      ),
    ).toEqual([{ path: 'postingWindows.0.fromHour', message: '开始时间须为 0–23 之间的整点' }])
    const saved = await payload.update({
      collection: 'brands',
      id: brand.id,
      data: { postingWindows: [{ channel: 'wechat-oa', fromHour: 7, toHour: 9 }] },
      user: team.editor,
      overrideAccess: false,
    })
    expect(saved.postingWindows).toMatchObject([{ channel: 'wechat-oa', fromHour: 7, toHour: 9 }])
  })
})
