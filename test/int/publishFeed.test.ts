import type { Payload } from 'payload'

import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ContentAsset, Media, User } from '../../src/payload-types'

import { CodedApiError } from '../../src/graphql/errorCodes'
import { confirmPublication } from '../../src/publishing/confirmPublication'
import { type FeedQuery, readFeedPage } from '../../src/publishing/feedReader'
import { scopeOf } from '../../src/publishing/publisherScope'
import { fillEmptyPublishFeed } from '../../src/publishing/syncPublishFeed'
import { createContentWorld, type Team } from '../support/contentFixtures'
import { useTestPayload } from '../support/testPayload'

type Variant = NonNullable<ContentAsset['variants']>[number]

describe('publish feed: rows follow the content, pages read the same on both paths, confirmations publish once', () => {
  const testPayload = useTestPayload('publish-feed')
  let payload: Payload
  let team: Team
  let cover: Media
  let brandId: number
  let productId: number

  const feedRows = async (assetId: number) =>
    (await payload.find({ collection: 'publish-feed', where: { asset: { equals: assetId } }, depth: 0, pagination: false, sort: 'variantId' })).docs
  const save = (asset: ContentAsset, user: User, change: (variant: Variant, index: number) => Partial<Variant>, options: { draft?: boolean } = {}) =>
    payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: { variants: asset.variants!.map((variant, index) => ({ ...variant, ...change(variant, index) })) },
      user,
      overrideAccess: false,
      ...options,
    })
  /** An asset with a Xiaohongshu note and a Weibo post, both approved. */
  async function approvedAsset(title: string, extra: Partial<ContentAsset> = {}): Promise<ContentAsset> {
    let asset = await payload.create({
      collection: 'content-assets',
      data: {
        title,
        brand: brandId,
        products: [productId],
        tags: ['秋冬'],
        ...extra,
        variants: [
          {
            format: 'xiaohongshu-image-note',
            status: 'draft',
            title: '干皮面霜',
            body: '上脸不黏，早上上妆也不卡粉。',
            hashtags: ['秋冬护肤'],
            cover: cover.id,
            images: [cover.id],
          },
          { format: 'weibo-post', status: 'draft', body: '秋冬换季，干皮修护正当时。', hashtags: ['秋冬护肤'], mentions: [{ name: '花漾研究所官微' }] },
        ],
      },
      user: team.editor,
      overrideAccess: false,
    })
    asset = await save(asset, team.editor, () => ({ status: 'in_review' }))
    return save(asset, team.reviewer, () => ({ status: 'approved' }))
  }
  const publisherReq = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } }, payload)

  beforeAll(async () => {
    payload = testPayload()
    const world = await createContentWorld(payload)
    ;({ team, cover } = world)
    brandId = world.brand.id
    productId = world.product.id
  })

  it('keeps one rendered row per released variant, rewritten only when the item changes', async () => {
    let asset = await payload.create({
      collection: 'content-assets',
      data: { title: '草稿不进队列', brand: brandId, variants: [{ format: 'weibo-post', status: 'draft', body: '还在写' }] },
      user: team.editor,
      overrideAccess: false,
    })
    expect(await feedRows(asset.id)).toHaveLength(0)

    asset = await approvedAsset('面霜种草')
    const rows = await feedRows(asset.id)
    expect(rows.map((row) => row.format).sort()).toEqual(['weibo-post', 'xiaohongshu-image-note'])
    const note = rows.find((row) => row.format === 'xiaohongshu-image-note')!.item as any
    expect(note.text).toContain('#秋冬护肤[话题]#')
    expect(note.title).toBe('干皮面霜')
    expect(note.cover).toEqual([expect.objectContaining({ crop: 'portrait3x4', width: 1080, height: 1440 })])
    expect(note.media[0].url).toMatch(/^\/media\/test-1080x1440[^/]*\.jpg\?sig=[\w-]{24}$/)
    expect(note.disclosureLabel).toBeNull()
    const weibo = rows.find((row) => row.format === 'weibo-post')!.item as any
    expect(weibo.text).toBe('秋冬换季，干皮修护正当时。\n@花漾研究所官微 #秋冬护肤#')

    // A reviewer's save that changes nothing the publisher gets leaves the rows alone.
    asset = await save(asset, team.reviewer, () => ({ workflowNote: '' }))
    expect((await feedRows(asset.id)).map((row) => [row.contentHash, row.changedAt])).toEqual(rows.map((row) => [row.contentHash, row.changedAt]))

    // A Payload draft version is not what publishers get.
    await save(asset, team.admin, (variant) => ({ body: `${variant.body}（草稿修改）` }), { draft: true })
    expect((await feedRows(asset.id)).map((row) => row.contentHash)).toEqual(rows.map((row) => row.contentHash))

    // Sponsored: the text and the label say 广告, and the hash and change time move.
    await payload.update({ collection: 'content-assets', id: asset.id, data: { sponsored: true }, user: team.admin, overrideAccess: false })
    const sponsored = await feedRows(asset.id)
    const sponsoredWeibo = sponsored.find((row) => row.format === 'weibo-post')!
    expect((sponsoredWeibo.item as any).disclosureLabel).toBe('广告')
    expect((sponsoredWeibo.item as any).text.startsWith('【广告】')).toBe(true)
    expect(sponsoredWeibo.contentHash).not.toBe(rows.find((row) => row.format === 'weibo-post')!.contentHash)
    expect(sponsoredWeibo.changedAt > rows.find((row) => row.format === 'weibo-post')!.changedAt).toBe(true)

    // Revoking the approval takes the variant out of the feed.
    const current = await payload.findByID({ collection: 'content-assets', id: asset.id, depth: 0 })
    await save(current, team.reviewer, (variant) => (variant.format === 'weibo-post' ? { status: 'rejected', workflowNote: '品牌方撤回' } : {}))
    expect((await feedRows(asset.id)).map((row) => row.format)).toEqual(['xiaohongshu-image-note'])

    await payload.delete({ collection: 'content-assets', id: asset.id, user: team.admin, overrideAccess: false })
    expect(await feedRows(asset.id)).toHaveLength(0)
  })

  it('refreshes the items that show a media file when the file’s details change', async () => {
    const asset = await approvedAsset('素材更新')
    const before = (await feedRows(asset.id)).find((row) => row.format === 'xiaohongshu-image-note')!
    await payload.update({ collection: 'media', id: cover.id, data: { alt: '面霜质地特写' }, user: team.editor, overrideAccess: false })
    const after = (await feedRows(asset.id)).find((row) => row.format === 'xiaohongshu-image-note')!
    expect((after.item as any).media[0].alt).toBe('面霜质地特写')
    expect(after.contentHash).not.toBe(before.contentHash)
  })

  it('reads the same pages through SQL and through the Local API, in keyset order without gaps or repeats', async () => {
    for (let index = 0; index < 4; index++) await approvedAsset(`分页 ${index}`)
    const queries: FeedQuery[] = [
      { channels: ['weibo'], statuses: ['approved', 'scheduled', 'published'], brandIds: [], first: 3 },
      { channels: [], statuses: ['approved'], brandIds: [String(brandId)], first: 2 },
      { channels: ['xiaohongshu'], statuses: ['approved'], brandIds: ['999999'], first: 5 },
    ]
    for (const query of queries) {
      const walk = async (path: 'sql' | 'payload') => {
        const seen: string[] = []
        let after = null
        for (;;) {
          const page = await readFeedPage(payload, { ...query, after }, path)
          seen.push(...page.items.map((item) => item.variantId))
          if (!page.hasNextPage) return seen
          const last = page.items.at(-1)!
          after = { changedAt: last.changedAt, variantId: last.variantId }
        }
      }
      const bySql = await walk('sql')
      expect(await walk('payload')).toEqual(bySql)
      expect(new Set(bySql).size).toBe(bySql.length)
      const { totalDocs } = await payload.count({
        collection: 'publish-feed',
        where: {
          status: { in: query.statuses },
          ...(query.channels.length ? { channel: { in: query.channels } } : {}),
          ...(query.brandIds.length ? { brand: { in: query.brandIds } } : {}),
        },
      })
      expect(bySql.length).toBe(totalDocs)
    }
    // Filters only the Local API path has: product and tag.
    const byTag = await readFeedPage(payload, { channels: [], statuses: ['approved'], brandIds: [], tag: '秋冬', productId: String(productId), first: 100 })
    expect(byTag.items.length).toBeGreaterThanOrEqual(8)
    expect(byTag.items.every((item) => item.tags.includes('秋冬') && item.productIds.includes(String(productId)))).toBe(true)
  })

  it('confirms a publication once, records it on the collaboration deliverable, and refuses without writing', async () => {
    const asset = await approvedAsset('确认发布')
    const weibo = asset.variants!.find((variant) => variant.format === 'weibo-post')!
    const note = asset.variants!.find((variant) => variant.format === 'xiaohongshu-image-note')!
    const kol = await payload.create({
      collection: 'kols',
      data: { name: '测试达人', kind: 'koc', accounts: [{ platform: 'weibo', handle: 'tester', followers: 8000 }] },
      user: team.kolManager,
      overrideAccess: false,
    })
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { name: '确认发布活动', brand: brandId, type: 'seeding', status: 'active', platforms: ['weibo'], budget: { total: 100000 } },
      user: team.kolManager,
      overrideAccess: false,
    })
    const collaboration = await payload.create({
      collection: 'collaborations',
      data: {
        campaign: campaign.id,
        kol: kol.id,
        platform: 'weibo',
        stage: 'shortlisted',
        deliverables: [{ format: 'weibo-post', asset: asset.id, variantId: weibo.id }],
      },
      user: team.kolManager,
      overrideAccess: false,
    })
    const audited = async () =>
      (await payload.count({ collection: 'audit-log', where: { variantId: { equals: weibo.id }, to: { equals: 'published' } } })).totalDocs

    const input = { variantId: weibo.id!, url: 'https://weibo.com/1234/abcd', platformPostId: 'wb-abcd', publishedAt: '2026-11-20T12:00:00.000Z' }
    const req = await publisherReq(team.publisher)
    // Two identical confirmations at once: one state change, one audit entry.
    const [first, second] = await Promise.all([
      confirmPublication(req, scopeOf(team.publisher), input),
      confirmPublication(await publisherReq(team.publisher), scopeOf(team.publisher), input),
    ])
    expect([first.alreadyConfirmed, second.alreadyConfirmed].sort()).toEqual([false, true])
    expect(first.item).toMatchObject({ status: 'published', publishedUrl: input.url, platformPostId: 'wb-abcd', publishedAt: input.publishedAt })
    expect(await audited()).toBe(1)

    const stored = await payload.findByID({ collection: 'content-assets', id: asset.id, depth: 0 })
    expect(stored.variants).toHaveLength(2)
    expect(stored.variants!.find((variant) => variant.id === note.id)!.status).toBe('approved')
    const deliverable = (await payload.findByID({ collection: 'collaborations', id: collaboration.id, depth: 0 })).deliverables![0]!
    expect(deliverable).toMatchObject({ publishedUrl: input.url, publishedAt: input.publishedAt })

    const refusalOf = async (scope: ReturnType<typeof scopeOf>, changes: Partial<typeof input>) => {
      try {
        await confirmPublication(await publisherReq(team.publisher), scope, { ...input, ...changes })
      } catch (error) {
        expect(error).toBeInstanceOf(CodedApiError)
        return { code: (error as CodedApiError).code, field: (error as CodedApiError).data.field }
      }
      throw new Error('confirmation was not refused')
    }
    const everything = scopeOf(team.publisher)
    expect(await refusalOf(everything, { platformPostId: 'wb-other' })).toEqual({ code: 'ALREADY_PUBLISHED', field: 'variant' })
    expect(await refusalOf(everything, { variantId: 'no-such-variant' })).toEqual({ code: 'VARIANT_NOT_FOUND', field: 'variant' })
    expect(await refusalOf({ channels: ['douyin'], brandIds: [] }, { variantId: note.id! })).toEqual({ code: 'FORBIDDEN_PLATFORM', field: 'variant' })
    expect(await refusalOf({ channels: [], brandIds: ['999999'] }, { variantId: note.id! })).toEqual({ code: 'VARIANT_NOT_FOUND', field: 'variant' })
    expect(await refusalOf(everything, { variantId: note.id!, url: 'javascript:alert(1)' })).toEqual({ code: 'BAD_USER_INPUT', field: 'url' })
    expect(await refusalOf(everything, { variantId: note.id!, publishedAt: '2099-01-01T00:00:00Z' })).toEqual({ code: 'BAD_USER_INPUT', field: 'publishedAt' })
    const draft = await payload.create({
      collection: 'content-assets',
      data: { title: '未审', brand: brandId, variants: [{ format: 'weibo-post', status: 'draft', body: '还在写' }] },
      user: team.editor,
      overrideAccess: false,
    })
    expect(await refusalOf(everything, { variantId: draft.variants![0]!.id! })).toEqual({ code: 'INVALID_STATE', field: 'variant' })
    // None of the refusals wrote anything.
    expect((await payload.findByID({ collection: 'content-assets', id: asset.id, depth: 0 })).variants!.find((variant) => variant.id === note.id)!.status).toBe(
      'approved',
    )
    expect(await audited()).toBe(1)
  })

  it('fills an empty feed from the released content at start, as it was, and leaves a filled one alone', async () => {
    const all = async () => (await payload.find({ collection: 'publish-feed', depth: 0, pagination: false, sort: 'variantId' })).docs
    const before = await all()
    expect(before.length).toBeGreaterThan(5)
    expect(await fillEmptyPublishFeed(payload)).toBe(0)
    await payload.delete({ collection: 'publish-feed', where: { id: { exists: true } } })
    expect(await fillEmptyPublishFeed(payload)).toBeGreaterThan(0)
    const after = await all()
    expect(after.map((row) => [row.variantId, row.contentHash, row.item])).toEqual(before.map((row) => [row.variantId, row.contentHash, row.item]))
  })
})
