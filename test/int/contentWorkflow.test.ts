import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Brand, ContentAsset, Media, Product, User } from '../../src/payload-types'

import { formatChinaTime } from '../../src/calendar/chinaTime'
import { publishDueVariants } from '../../src/jobs/publishDueVariants'
import { createContentWorld, type Team } from '../support/contentFixtures'
import { refusal } from '../support/refusal'
import { useTestPayload } from '../support/testPayload'

type Variant = NonNullable<ContentAsset['variants']>[number]

describe('content workflow through the Local API, as each role', () => {
  const testPayload = useTestPayload('content')
  let payload: Payload
  let team: Team
  let cover: Media
  let brandId: Brand['id']
  let productId: Product['id']

  const auditCount = async () => (await payload.count({ collection: 'audit-log' })).totalDocs
  const read = (id: number | string) => payload.findByID({ collection: 'content-assets', id, overrideAccess: true })

  /** Saves the asset with changes to its first variant, as `user`. */
  const saveVariant = (asset: ContentAsset, user: User, changes: Partial<Variant>) =>
    payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: { variants: asset.variants!.map((variant, index) => (index === 0 ? { ...variant, ...changes } : variant)) },
      user,
      overrideAccess: false,
    })

  const createNote = (user: User, body: string, changes: Partial<Variant> = {}) =>
    payload.create({
      collection: 'content-assets',
      data: {
        title: '秋冬干皮面霜种草',
        brand: brandId,
        products: [productId],
        variants: [
          {
            format: 'xiaohongshu-image-note',
            status: 'draft',
            title: '干皮救星面霜',
            body,
            hashtags: ['秋冬护肤'],
            cover: cover.id,
            images: [cover.id],
            ...changes,
          },
        ],
      },
      user,
      overrideAccess: false,
    })

  beforeAll(async () => {
    payload = testPayload()
    const world = await createContentWorld(payload)
    ;({ team, cover } = world)
    brandId = world.brand.id
    productId = world.product.id
  })

  it('stores the rendered post and the checks on each variant', async () => {
    const asset = await createNote(team.editor, '极致修护系列上脸不黏，干皮放心冲。')
    const checks = asset.variants![0]!.checks as Record<string, any>
    expect(checks.rendered.text).toBe('极致修护系列上脸不黏，干皮放心冲。\n#秋冬护肤[话题]#')
    // 极致 is inside the brand's protected line name, so it is no claim.
    expect(checks.compliance).toMatchObject({ ok: true, blockCount: 0 })
    expect(checks.platformIssues).toEqual([])
    expect(asset.status).toBe('draft')
  })

  it('lets an editor submit, and writes who, when, from and to in the audit log', async () => {
    const asset = await createNote(team.editor, '上脸不黏，干皮放心冲。')
    const before = await auditCount()
    const submitted = await saveVariant(asset, team.editor, { status: 'in_review' })
    expect(submitted.variants![0]!.status).toBe('in_review')
    expect(submitted.status).toBe('in_review')

    const { docs } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(asset.id) } } })
    expect(await auditCount()).toBe(before + 1)
    expect(docs[0]).toMatchObject({ actor: 'editor@brand.cn', from: 'draft', to: 'in_review', format: 'xiaohongshu-image-note' })
    expect(docs[0]!.createdAt).toEqual(expect.any(String))
  })

  it('refuses an editor who tries to approve, leaving the asset and the audit log as they were', async () => {
    const asset = await saveVariant(await createNote(team.editor, '上脸不黏。'), team.editor, { status: 'in_review' })
    const before = await auditCount()
    const errors = await refusal(saveVariant(asset, team.editor, { status: 'approved' }))
    expect(errors).toEqual([{ path: 'variants.0.status', message: '你没有权限把内容从「待审核」改为「已通过」。' }])
    expect((await read(asset.id)).variants![0]!.status).toBe('in_review')
    expect(await auditCount()).toBe(before)
  })

  it('refuses approval while a block-level finding remains, with a readable reason', async () => {
    const asset = await saveVariant(await createNote(team.editor, '全网销量第一的面霜！'), team.editor, { status: 'in_review' })
    const before = await auditCount()
    const errors = await refusal(saveVariant(asset, team.reviewer, { status: 'approved' }))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.path).toBe('variants.0.status')
    expect(errors[0]!.message).toContain('合规检查发现 1 个必须处理的问题')
    expect((await read(asset.id)).variants![0]!.status).toBe('in_review')
    expect(await auditCount()).toBe(before)
  })

  it('lets a reviewer override with a reason, and the audit entry keeps the reason and the findings', async () => {
    const asset = await saveVariant(await createNote(team.editor, '全网销量第一的面霜！'), team.editor, { status: 'in_review' })
    const approved = await saveVariant(asset, team.reviewer, {
      status: 'approved',
      overrideCompliance: true,
      workflowNote: '销量数据有第三方报告支撑，法务已确认',
    })
    const variant = approved.variants![0]!
    expect(variant.status).toBe('approved')
    expect(variant.workflowNote).toBeNull()
    expect(variant.overrideCompliance).toBe(false)

    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(asset.id) }, to: { equals: 'approved' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ actor: 'reviewer@brand.cn', from: 'in_review', reason: '销量数据有第三方报告支撑，法务已确认' })
    expect(JSON.stringify(docs[0]!.overriddenIssues)).toContain('全网销量第一')
  })

  it('enforces the platform rules once a variant leaves draft, pointing at the field', async () => {
    const long = await createNote(team.editor, '上脸不黏。', { title: '这是一个明显超过小红书二十个字上限的笔记标题哦' })
    expect((long.variants![0]!.checks as any).platformIssues[0].path).toEqual(['title'])
    const errors = await refusal(saveVariant(long, team.editor, { status: 'in_review' }))
    expect(errors).toEqual([{ path: 'variants.0.title', message: '标题共 23 字，超出小红书图文笔记上限 20 字' }])
  })

  it('drops a reviewer’s edits to the text while letting them move the status', async () => {
    const asset = await saveVariant(await createNote(team.editor, '原文案。'), team.editor, { status: 'in_review' })
    const saved = await saveVariant(asset, team.reviewer, { body: '审核员偷偷改的文案', status: 'approved' })
    expect(saved.variants![0]!.body).toBe('原文案。')
    expect(saved.variants![0]!.status).toBe('approved')
  })

  it('refuses a reviewer’s save that would drop a platform variant', async () => {
    const asset = await createNote(team.editor, '原文案。')
    const withWeibo = await payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: { variants: [...asset.variants!, { format: 'weibo-post', status: 'draft', body: '微博文案' }] },
      user: team.editor,
      overrideAccess: false,
    })
    const errors = await refusal(
      payload.update({ collection: 'content-assets', id: asset.id, data: { variants: [withWeibo.variants![0]!] }, user: team.reviewer, overrideAccess: false }),
    )
    expect(errors).toEqual([{ path: 'variants', message: '只有内容编辑可以新增或删除平台版本' }])
    expect((await read(asset.id)).variants).toHaveLength(2)
  })

  it('sends approved content back to draft when an editor changes it, and says so in the audit log', async () => {
    const submitted = await saveVariant(await createNote(team.editor, '原文案。'), team.editor, { status: 'in_review' })
    const approved = await saveVariant(submitted, team.reviewer, { status: 'approved' })
    const edited = await saveVariant(approved, team.editor, { body: '改过的文案。' })
    expect(edited.variants![0]!.status).toBe('draft')
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(approved.id) } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(docs[0]).toMatchObject({ from: 'approved', to: 'draft', actor: 'editor@brand.cn' })
  })

  it('schedules only into the future, then the job publishes on time as the system', async () => {
    const submitted = await saveVariant(await createNote(team.editor, '原文案。'), team.editor, { status: 'in_review' })
    const approved = await saveVariant(submitted, team.reviewer, { status: 'approved' })
    const past = await refusal(saveVariant(approved, team.reviewer, { status: 'scheduled', scheduledAt: '2020-01-01T12:00:00.000Z' }))
    expect(past).toEqual([{ path: 'variants.0.status', message: '发布时间必须晚于现在。' }])

    const at = new Date(Date.now() + 60 * 60 * 1000)
    const scheduled = await saveVariant(approved, team.reviewer, { status: 'scheduled', scheduledAt: at.toISOString() })
    expect(scheduled.variants![0]!.status).toBe('scheduled')

    expect(await publishDueVariants(payload, new Date(at.getTime() - 60_000))).toEqual({ published: 0, failed: 0 })
    expect((await read(approved.id)).variants![0]!.status).toBe('scheduled')

    // A draft variant on the same asset must come through the job untouched.
    await payload.update({
      collection: 'content-assets',
      id: approved.id,
      data: { variants: [...(await read(approved.id)).variants!, { format: 'weibo-post', status: 'draft', body: '微博草稿' }] },
      user: team.editor,
      overrideAccess: false,
    })
    expect(await publishDueVariants(payload, new Date(at.getTime() + 1_000))).toMatchObject({ published: 1, failed: 0 })
    const published = await read(approved.id)
    expect(published.variants!.map((variant) => [variant.status, variant.body])).toEqual([
      ['published', '原文案。'],
      ['draft', '微博草稿'],
    ])
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(approved.id) }, to: { equals: 'published' } },
    })
    expect(docs[0]).toMatchObject({ actor: 'system', from: 'scheduled', user: null })
  })

  it('moves a scheduled post to another time only for a reviewer and only ahead, with an audit entry in Beijing time', async () => {
    const submitted = await saveVariant(await createNote(team.editor, '原文案。'), team.editor, { status: 'in_review' })
    const approved = await saveVariant(submitted, team.reviewer, { status: 'approved' })
    const first = new Date(Date.now() + 2 * 3_600_000)
    const scheduled = await saveVariant(approved, team.reviewer, { status: 'scheduled', scheduledAt: first.toISOString() })

    const later = new Date(first.getTime() + 24 * 3_600_000)
    expect(await refusal(saveVariant(scheduled, team.editor, { scheduledAt: later.toISOString() }))).toEqual([
      { path: 'variants.0.scheduledAt', message: '你没有权限修改已排期内容的发布时间。' },
    ])
    expect(await refusal(saveVariant(scheduled, team.reviewer, { scheduledAt: '2020-01-01T12:00:00.000Z' }))).toEqual([
      { path: 'variants.0.scheduledAt', message: '发布时间必须晚于现在。' },
    ])
    expect(new Date((await read(scheduled.id)).variants![0]!.scheduledAt!).getTime()).toBe(first.getTime())

    const moved = await saveVariant(scheduled, team.reviewer, { scheduledAt: later.toISOString() })
    expect(moved.variants![0]).toMatchObject({ status: 'scheduled', scheduledAt: later.toISOString() })
    const { docs } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(scheduled.id) } }, sort: '-createdAt', limit: 1 })
    expect(docs[0]).toMatchObject({ from: 'scheduled', to: 'scheduled', actor: 'reviewer@brand.cn' })
    expect(docs[0]!.reason).toContain(`→ ${formatChinaTime(later)}`)
  })

  it('shows a publisher only released variants, without the team’s notes', async () => {
    const asset = await createNote(team.editor, '原文案。')
    const twoVariants = await payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: {
        variants: [
          { ...asset.variants![0]!, status: 'in_review' },
          { format: 'weibo-post', status: 'draft', body: '微博版本文案', workflowNote: '内部备注' },
        ],
      },
      user: team.editor,
      overrideAccess: false,
    })
    await saveVariant(twoVariants, team.reviewer, { status: 'approved' })

    const seen = await payload.findByID({ collection: 'content-assets', id: asset.id, user: team.publisher, overrideAccess: false })
    expect(seen.variants!.map((variant) => [variant.format, variant.status])).toEqual([['xiaohongshu-image-note', 'approved']])
    expect(JSON.stringify(seen)).not.toContain('内部备注')

    // Saving the variants it sees would drop the others, so a publisher cannot save an asset.
    await expect(
      payload.update({ collection: 'content-assets', id: asset.id, data: { variants: seen.variants }, user: team.publisher, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await read(asset.id)).variants).toHaveLength(2)

    const onlyDrafts = await createNote(team.editor, '还在写。')
    await expect(payload.findByID({ collection: 'content-assets', id: onlyDrafts.id, user: team.publisher, overrideAccess: false })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('never lets anyone change or delete an audit entry, not even past access control', async () => {
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    await expect(payload.update({ collection: 'audit-log', id: entry!.id, data: { reason: '篡改' }, overrideAccess: true })).rejects.toThrow(
      /cannot be changed or deleted/,
    )
    await expect(payload.delete({ collection: 'audit-log', id: entry!.id, overrideAccess: true })).rejects.toThrow(/cannot be changed or deleted/)
    await expect(payload.find({ collection: 'audit-log', user: team.publisher, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })
})
