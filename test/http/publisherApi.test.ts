import { ClientError, GraphQLClient } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoKols } from '../../seed/kols'
import { FORMAT_RULES } from '../../src/platforms'
import { RELEASED_STATUSES } from '../../src/workflow'
import { login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

type Variant = { id: string; format: string; status: string; body?: string | null }
type Asset = { id: number; title: string; brand: { id: number; name: string }; variants: Variant[] }
type FeedNode = Record<string, any> & { variantId: string; platform: string; status: string; text: string; contentHash: string }

const ITEM_FIELDS = `assetId variantId platform format status brandId productIds tags title text digest hashtags mentions { name platformUserId }
  disclosureLabel commercialOrderId marketingDeclared cover { crop url width height } media { id url mimeType width height }
  scheduledAt publishedAt publishedUrl platformPostId contentHash changedAt`
const FEED = `query Feed($platform: Platform!, $first: Int, $after: String, $status: [FeedStatus!]) {
  publishFeed(platform: $platform, first: $first, after: $after, status: $status) { nodes { ${ITEM_FIELDS} } pageInfo { endCursor hasNextPage } }
}`
const CONFIRM = `mutation Confirm($variant: ID!, $url: String!, $postId: String!, $at: DateTime!) {
  confirmPublication(variant: $variant, url: $url, platformPostId: $postId, publishedAt: $at) { alreadyConfirmed item { variantId status publishedUrl platformPostId contentHash } }
}`
const GRAPHQL_PLATFORMS = ['wechat_oa', 'wechat_channels', 'wecom', 'weibo', 'douyin', 'xiaohongshu']
/** Payload's GraphQL names formats with underscores (weibo_post for weibo-post). */
const channelOf = (format: string) => FORMAT_RULES[format.replaceAll('_', '-') as keyof typeof FORMAT_RULES].channel

/** Against the real server with its demo content, through graphql-request as a frontend would use it. */
describe('channel-publisher GraphQL API', () => {
  let server: RunningServer
  let endpoint: string
  let admin: GraphQLClient
  let publisher: GraphQLClient
  let douyinOnly: GraphQLClient
  let assets: Asset[]
  /** Every response a publisher got, for the PII check at the end. */
  const publisherResponses: unknown[] = []

  const client = (headers: Record<string, string>) => new GraphQLClient(endpoint, { headers, errorPolicy: 'all' })
  const ask = async (as: GraphQLClient, query: string, variables?: Record<string, unknown>) => {
    const response = await as.rawRequest<Record<string, any>>(query, variables)
    if (as !== admin) publisherResponses.push(response)
    return response
  }
  const errorCodes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => (response.errors ?? []).map((error) => error.extensions?.code)

  async function wholeFeed(as: GraphQLClient, platform: string, first = 2): Promise<FeedNode[]> {
    const nodes: FeedNode[] = []
    let after: string | null = null
    for (let page = 0; page < 100; page++) {
      const { data, errors } = await ask(as, FEED, { platform, first, after })
      expect(errors).toBeUndefined()
      nodes.push(...data.publishFeed.nodes)
      if (!data.publishFeed.pageInfo.hasNextPage) return nodes
      after = data.publishFeed.pageInfo.endCursor
    }
    throw new Error('the feed never ended')
  }
  const adminAssets = async () =>
    (await ask(admin, `{ ContentAssets(limit: 500) { docs { id title brand { id name } variants { id format status body } } } }`)).data.ContentAssets
      .docs as Asset[]
  const auditCount = async (variantId: string) =>
    (await ask(admin, `query($v: String) { AuditLogs(where: { variantId: { equals: $v }, to: { equals: published } }) { totalDocs } }`, { v: variantId })).data
      .AuditLogs.totalDocs as number

  beforeAll(async () => {
    server = await startServer({ label: 'http-publisher-api', mode: 'development' })
    endpoint = `${server.url}/api/graphql`
    admin = client({ Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}` })
    publisher = client({ Authorization: `users API-Key ${publisherApiKey}` })
    const douyinKey = 'douyin-publisher-key-0123456789abcdef'
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'douyin-shop@shop.cn',
        password: 'publisher-password-2026',
        roles: ['publisher'],
        enableAPIKey: true,
        apiKey: douyinKey,
        publisherChannels: ['douyin'],
      }),
    })
    expect(created.status).toBe(201)
    douyinOnly = client({ Authorization: `users API-Key ${douyinKey}` })
    assets = await adminAssets()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('pages through each platform’s feed with cursors and gets every released variant exactly once, never a draft', async () => {
    for (const platform of GRAPHQL_PLATFORMS) {
      const channel = platform.replaceAll('_', '-')
      const expected = assets
        .flatMap((asset) => asset.variants)
        .filter((variant) => channelOf(variant.format) === channel && RELEASED_STATUSES.includes(variant.status as never))
        .map((variant) => variant.id)
        .sort()
      const nodes = await wholeFeed(publisher, platform)
      const ids = nodes.map((node) => node.variantId)
      expect(new Set(ids).size, `${platform}: no repeats`).toBe(ids.length)
      expect([...ids].sort(), `${platform}: all released variants`).toEqual(expected)
      expect(nodes.every((node) => node.platform === platform && ['approved', 'scheduled', 'published'].includes(node.status))).toBe(true)
    }
    // The order is stable: a second walk with bigger pages returns the same sequence.
    expect((await wholeFeed(publisher, 'weibo', 50)).map((node) => node.variantId)).toEqual(
      (await wholeFeed(publisher, 'weibo', 1)).map((node) => node.variantId),
    )
  })

  it('renders each item for its platform: topics, mentions, the ad label or the commercial order, cover crops and media', async () => {
    const weibo = await wholeFeed(publisher, 'weibo', 50)
    const dry = weibo.find((node) => node.text.startsWith('秋冬换季，干皮修护正当时。'))!
    expect(dry.text).toMatch(/\n#秋冬护肤#$/)
    expect(dry.hashtags).toEqual(['秋冬护肤'])

    const douyin = await wholeFeed(publisher, 'douyin', 50)
    const sunscreen = douyin.find((node) => node.title === '通勤一周防晒实测')!
    // Sponsored, but posted through Xingtu: the platform's own order replaces the 广告 label.
    expect(sunscreen).toMatchObject({ disclosureLabel: null, commercialOrderId: 'XT-2026-110245', marketingDeclared: true })
    expect(sunscreen.text).toContain('@护肤博主小鹿 #防晒测评')
    expect(sunscreen.mentions).toEqual([{ name: '护肤博主小鹿', platformUserId: 'dy_open_88231' }])
    expect(sunscreen.media.some((file: { mimeType: string }) => file.mimeType === 'video/mp4')).toBe(true)

    const notes = await wholeFeed(publisher, 'xiaohongshu', 50)
    const withCover = notes.find((node) => node.cover.length > 0)!
    expect(withCover.cover[0]).toMatchObject({ crop: 'portrait3x4', width: 1080, height: 1440 })
    // Released files come by signed link, without a login (frontends put them in <img>); the
    // library itself stays closed to publishers, and a link cannot be made up.
    const coverFile = await fetch(new URL(withCover.cover[0].url, server.url))
    expect(coverFile.status).toBe(200)
    expect(coverFile.headers.get('content-type')).toBe('image/jpeg')
    const forged = new URL(withCover.cover[0].url, server.url)
    forged.searchParams.set('sig', 'A'.repeat(24))
    expect((await fetch(forged)).status).toBe(404)
    const library = await fetch(`${server.url}/api/media?limit=100`, { headers: { Authorization: `users API-Key ${publisherApiKey}` } })
    expect(library.status).toBe(403)
    expect(notes.every((node) => /#[^#\s]+\[话题\]#/.test(node.text) || node.hashtags.length === 0)).toBe(true)
  })

  it('confirms a publication once, audits it, and answers a repeat with the same result', async () => {
    const weiboItem = (await wholeFeed(publisher, 'weibo', 50)).find((node) => node.status === 'approved')!
    const variables = { variant: weiboItem.variantId, url: 'https://weibo.com/7001/QaZ', postId: 'wb-QaZ', at: '2026-11-22T10:00:00.000Z' }
    const first = await ask(publisher, CONFIRM, variables)
    expect(first.errors).toBeUndefined()
    expect(first.data.confirmPublication).toMatchObject({
      alreadyConfirmed: false,
      item: { status: 'published', publishedUrl: variables.url, platformPostId: 'wb-QaZ' },
    })
    const again = await ask(publisher, CONFIRM, variables)
    expect(again.data.confirmPublication).toEqual({ ...first.data.confirmPublication, alreadyConfirmed: true })
    expect(await auditCount(weiboItem.variantId)).toBe(1)

    // The feed moved the item to the end with its new hash: a publisher polling from its last cursor sees it.
    const after = await wholeFeed(publisher, 'weibo', 50)
    expect(after.at(-1)).toMatchObject({ variantId: weiboItem.variantId, status: 'published' })
    expect(after.at(-1)!.contentHash).not.toBe(weiboItem.contentHash)

    const conflict = await ask(publisher, CONFIRM, { ...variables, postId: 'wb-other' })
    expect(errorCodes(conflict)).toEqual(['ALREADY_PUBLISHED'])
    const unknown = await ask(publisher, CONFIRM, { ...variables, variant: 'no-such-variant' })
    expect(errorCodes(unknown)).toEqual(['VARIANT_NOT_FOUND'])
    const draft = assets.flatMap((asset) => asset.variants).find((variant) => variant.status === 'draft')!
    expect(errorCodes(await ask(publisher, CONFIRM, { ...variables, variant: draft.id }))).toEqual(['INVALID_STATE'])
  })

  it('keeps a Douyin-only key to Douyin: it can neither read nor confirm Weibo variants, and nothing is written', async () => {
    const weiboFeed = await ask(douyinOnly, FEED, { platform: 'weibo' })
    expect(errorCodes(weiboFeed)).toEqual(['FORBIDDEN_PLATFORM'])
    expect(weiboFeed.errors![0]!.path).toEqual(['publishFeed'])

    const weiboItem = (await wholeFeed(publisher, 'weibo', 50)).find((node) => node.status === 'approved' || node.status === 'scheduled')!
    const confirm = await ask(douyinOnly, CONFIRM, {
      variant: weiboItem.variantId,
      url: 'https://weibo.com/x/1',
      postId: 'wb-1',
      at: '2026-11-22T10:00:00.000Z',
    })
    expect(errorCodes(confirm)).toEqual(['FORBIDDEN_PLATFORM'])
    expect(await auditCount(weiboItem.variantId)).toBe(0)
    expect((await wholeFeed(publisher, 'weibo', 50)).find((node) => node.variantId === weiboItem.variantId)).toEqual(weiboItem)

    const douyin = await wholeFeed(douyinOnly, 'douyin')
    expect(douyin.length).toBeGreaterThan(0)
    const content = await ask(douyinOnly, `{ publishedContent(first: 100) { nodes { platform } } }`)
    expect(content.data.publishedContent.nodes.every((node: { platform: string }) => node.platform === 'douyin')).toBe(true)
  })

  it('refuses anonymous callers and bad arguments with a code and the argument’s name', async () => {
    const anonymous = await ask(client({}), FEED, { platform: 'weibo' })
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED'])
    const tooMany = await ask(publisher, FEED, { platform: 'weibo', first: 1000 })
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT'])
    expect(tooMany.errors![0]!.extensions!.data).toMatchObject({ field: 'first' })
    expect(errorCodes(await ask(publisher, FEED, { platform: 'weibo', after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT'])
    // The feed table has no API of its own: it would bypass the publisher's scope.
    const rest = await fetch(`${server.url}/api/publish-feed`, { headers: { Authorization: `users API-Key ${publisherApiKey}` } })
    expect(rest.status).toBe(403)
    await expect(new GraphQLClient(endpoint).request(`{ PublishFeeds { docs { id } } }`)).rejects.toBeInstanceOf(ClientError)
  })

  it('serves published content and KOL profiles to frontends, and no response to a publisher carries PII or fees', async () => {
    const brandId = assets.find((asset) => asset.brand.name === '花漾研究所')!.brand.id
    const content = await ask(publisher, `query($brand: ID) { publishedContent(brand: $brand, first: 100) { nodes { ${ITEM_FIELDS} } } }`, { brand: brandId })
    expect(content.data.publishedContent.nodes.length).toBeGreaterThan(0)
    expect(content.data.publishedContent.nodes.every((node: FeedNode) => node.status === 'published' && node.brandId === String(brandId))).toBe(true)
    const byTag = await ask(publisher, `{ publishedContent(tag: "不存在的标签") { nodes { variantId } } }`)
    expect(byTag.data.publishedContent.nodes).toEqual([])

    const profiles = await ask(
      publisher,
      `query($brand: ID) { kolProfiles(brand: $brand) { id name kind verticals accounts { platform handle url followers tier } posts { platform url publishedAt } } }`,
      {
        brand: brandId,
      },
    )
    expect(profiles.errors).toBeUndefined()
    expect(profiles.data.kolProfiles.length).toBeGreaterThan(0)
    expect(profiles.data.kolProfiles.every((kol: { posts: unknown[] }) => kol.posts.length > 0)).toBe(true)

    // What a publisher may try through Payload's own API: restricted fields come back empty.
    await ask(
      publisher,
      `{ Kols(limit: 100) { docs { name contact { phone wechatId email address realName } contract { paymentTerms } accounts { handle lowestRate } } } }`,
    )
    await ask(publisher, `{ Campaigns(limit: 100) { docs { name budget { total committed remaining } } } }`)
    await ask(publisher, `{ Collaborations(limit: 100) { docs { fee } } }`)

    const pii = demoKols().flatMap((kol) => [
      kol.contact?.phone,
      kol.contact?.wechatId,
      kol.contact?.email,
      kol.contact?.address,
      kol.contact?.realName,
      kol.contract?.paymentTerms,
    ])
    const serialized = JSON.stringify(publisherResponses)
    for (const value of pii.filter((value): value is string => Boolean(value))) expect(serialized).not.toContain(value)
    for (const key of ['"fee"', '"rateCard"', '"lowestRate"', '"total"', '"committed"', '"paymentTerms"', '"phone"', '"wechatId"']) {
      expect(serialized.match(new RegExp(`${key}:(?!null)`, 'g')) ?? [], key).toEqual([])
    }
    expect(publisherResponses.length).toBeGreaterThan(20)
  })

  // API-key reads of the feed are answered by Express itself (src/server/publisherGraphql.ts); these
  // hold that path to what Payload's own endpoint (a JWT request) answers and refuses.
  it('answers the feed the same on the Express fast path as Payload’s endpoint, with the same limits and key checks', async () => {
    const viaPayload = await ask(admin, FEED, { platform: 'douyin', first: 50 })
    const viaExpress = await ask(publisher, FEED, { platform: 'douyin', first: 50 })
    expect(viaExpress.errors).toBeUndefined()
    expect(viaExpress.data).toEqual(viaPayload.data)

    const aliases = Array.from({ length: 50 }, (_, index) => `f${index}: publishFeed(platform: weibo) { nodes { variantId } }`).join(' ')
    const bomb = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `users API-Key ${publisherApiKey}` },
      body: JSON.stringify({ query: `{ ${aliases} }` }),
    })
    expect(bomb.status).toBe(400)
    expect(((await bomb.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('QUERY_LIMIT_EXCEEDED')

    const unknown = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'users API-Key not-a-key-of-anyone-0123456789' },
      body: JSON.stringify({ query: FEED, variables: { platform: 'douyin' } }),
    })
    expect(unknown.status).toBe(401)

    // Revoking a key works at once, although the fast path remembers keys for a few seconds.
    const key = 'soon-revoked-key-0123456789abcdef'
    const adminHeaders = { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}`, 'Content-Type': 'application/json' }
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({ email: 'revoked@shop.cn', password: 'publisher-password-2026', roles: ['publisher'], enableAPIKey: true, apiKey: key }),
    }).then((response) => response.json() as Promise<{ doc: { id: number } }>)
    const revocable = client({ Authorization: `users API-Key ${key}` })
    expect((await ask(revocable, FEED, { platform: 'douyin' })).errors).toBeUndefined()
    const revoked = await fetch(`${server.url}/api/users/${created.doc.id}`, {
      method: 'PATCH',
      headers: adminHeaders,
      body: JSON.stringify({ enableAPIKey: false }),
    })
    expect(revoked.status).toBe(200)
    const after = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `users API-Key ${key}` },
      body: JSON.stringify({ query: FEED, variables: { platform: 'douyin' } }),
    })
    expect(after.status).toBe(401)
  })
})
