import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RELEASED_STATUSES } from '../../src/workflow'
import { graphql, login } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

type Asset = { title: string; brand: { name: string }; variants: { format: string; status: string }[] }

const QUERY = `{ ContentAssets(limit: 200) { docs { title brand { name } variants { format status } } } }`

/** Keys limited to channels and brands, against the real server with the demo content. */
describe('publisher keys limited by channel and brand', () => {
  let server: RunningServer
  let admin: Record<string, string>
  let everything: Asset[]
  const keys = { douyin: 'douyin-only-key-0123456789abcdef', baby: 'xiaohe-only-key-0123456789abcdef' }
  const headersOf = (key: string) => ({ Authorization: `users API-Key ${key}` })
  const released = (variant: { status: string }) => (RELEASED_STATUSES as readonly string[]).includes(variant.status)

  const createPublisher = async (email: string, apiKey: string, scope: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'publisher-password-2026', roles: ['publisher'], enableAPIKey: true, apiKey, ...scope }),
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc
  }

  beforeAll(async () => {
    server = await startServer({ label: 'http-publisher-scope', mode: 'development' })
    admin = { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}` }
    everything = ((await graphql(server.url, QUERY, admin)).body.data as any).ContentAssets.docs
    const { docs: brands } = await fetch(`${server.url}/api/brands?where[name][equals]=${encodeURIComponent('小禾萌宝')}`, { headers: admin }).then((r) => r.json())
    await createPublisher('douyin@shop.cn', keys.douyin, { publisherChannels: ['douyin'] })
    await createPublisher('xiaohe@shop.cn', keys.baby, { publisherBrands: [brands[0].id] })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('shows a Douyin-only key exactly the released Douyin variants, through GraphQL and REST', async () => {
    const expected = everything
      .filter((asset) => asset.variants.some((variant) => variant.format.startsWith('douyin') && released(variant)))
      .map((asset) => asset.title)
      .sort()
    expect(expected.length).toBeGreaterThan(0)

    const { body } = await graphql(server.url, QUERY, headersOf(keys.douyin))
    const docs = (body.data as any).ContentAssets.docs as Asset[]
    expect(docs.map((asset) => asset.title).sort()).toEqual(expected)
    for (const asset of docs) {
      expect(asset.variants.length).toBeGreaterThan(0)
      expect(asset.variants.every((variant) => variant.format.startsWith('douyin') && released(variant))).toBe(true)
    }

    const rest = await fetch(`${server.url}/api/content-assets?limit=200&depth=0`, { headers: headersOf(keys.douyin) }).then((r) => r.json())
    expect(rest.docs.map((asset: Asset) => asset.title).sort()).toEqual(expected)
    expect(rest.docs.flatMap((asset: Asset) => asset.variants).every((variant: { format: string }) => variant.format.startsWith('douyin'))).toBe(true)
  })

  it('shows a brand-limited key only that brand’s released content', async () => {
    const expected = everything
      .filter((asset) => asset.brand.name === '小禾萌宝' && asset.variants.some(released))
      .map((asset) => asset.title)
      .sort()
    const { body } = await graphql(server.url, QUERY, headersOf(keys.baby))
    const docs = (body.data as any).ContentAssets.docs as Asset[]
    expect(docs.map((asset) => asset.title).sort()).toEqual(expected)
    expect(new Set(docs.map((asset) => asset.brand.name))).toEqual(new Set(['小禾萌宝']))
  })

  it('does not let a publisher widen its own key', async () => {
    const { docs } = await fetch(`${server.url}/api/users?where[email][equals]=douyin@shop.cn`, { headers: admin }).then((r) => r.json())
    await fetch(`${server.url}/api/users/${docs[0].id}`, {
      method: 'PATCH',
      headers: { ...headersOf(keys.douyin), 'Content-Type': 'application/json' },
      body: JSON.stringify({ publisherChannels: ['douyin', 'weibo'], publisherBrands: [] }),
    })
    const after = await fetch(`${server.url}/api/users/${docs[0].id}?depth=0`, { headers: admin }).then((r) => r.json())
    expect(after.publisherChannels).toEqual(['douyin'])
    const { body } = await graphql(server.url, QUERY, headersOf(keys.douyin))
    expect(((body.data as any).ContentAssets.docs as Asset[]).flatMap((asset) => asset.variants).some((variant) => variant.format === 'weibo-post')).toBe(false)
  })
})
