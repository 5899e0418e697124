/** The bench's few documents made through the API, and the requests its scenarios send (npm run bench, npm run soak). */
import type { BenchServer } from './benchServer'

import { CURRENT_CONSENT_VERSION } from '../src/ugc/consent'

const API_KEY = 'bench-publisher-key-0123456789abcdef0123'

export const FEED_PAGE = `{
  publishFeed(platform: weibo, first: 20) {
    nodes { assetId variantId format status title text hashtags mentions { name } cover { crop url } media { url } scheduledAt contentHash changedAt }
    pageInfo { endCursor hasNextPage }
  }
}`
export const PUBLISHED_CONTENT = `{
  publishedContent(first: 20) {
    nodes { assetId variantId format status title text hashtags contentHash changedAt }
    pageInfo { endCursor hasNextPage }
  }
}`
/** What a publisher would ask Payload's generated API for without publishFeed: the same 20 posts' worth of assets. */
export const GENERIC_LIST = `{
  ContentAssets(limit: 20, where: { releasedChannels: { in: [weibo] } }) {
    docs { id variants { id format status title body hashtags mentions { name } scheduledAt checks } }
    totalDocs
  }
}`
export const RANKING = `query Rank($campaign: ID!) {
  kolFitRanking(campaign: $campaign, limit: 50) {
    total items { rank score confidence kol { id name } account { handle followers tier } breakdown { component value contribution estimated } }
  }
}`
export const SUBMIT = `mutation Submit($input: UgcSubmissionInput!) { submitUgc(input: $input) { id status } }`

let shopper = 0
export const submission = (product: number) => ({
  product: String(product),
  text: `用了两周，保湿效果很好，肤感清爽不黏腻，会回购。第 ${++shopper} 位买家`,
  source: 'xiaohongshu',
  nickname: `买家${shopper}`,
  contact: `shopper${shopper}@example.com`,
  licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: ['brand_channels'], termMonths: 12 },
})

/** `draftAsset`: a content asset in draft, which editors may keep editing. */
export type Fixture = { campaign: number; product: number; draftAsset: number; publisherHeaders: Record<string, string> }

/** The few documents the API makes, with every hook: what the generator copies, and what the scenarios need. */
export async function createTemplates(bench: BenchServer): Promise<Fixture> {
  const { send, graphql } = bench
  await send('POST', 'users', { email: 'feed@zhongcao.local', password: 'bench-password-2026', roles: ['publisher'], enableAPIKey: true, apiKey: API_KEY })
  const publisherHeaders = { 'Content-Type': 'application/json', Authorization: `users API-Key ${API_KEY}` }
  const brand = await send('POST', 'brands', { name: '基准品牌', category: 'cosmetics' })
  const product = await send('POST', 'products', { name: '基准精华', sku: 'BENCH-001', brand: brand.id, category: 'cosmetics' })
  const persona = await send('POST', 'personas', { name: '基准人群', gender: 'female', ageMin: 18, ageMax: 34, cityTiers: ['tier-1', 'new-tier-1'] })
  const campaign = await send('POST', 'campaigns', {
    name: '基准种草活动',
    brand: brand.id,
    type: 'seeding',
    persona: persona.id,
    platforms: ['xiaohongshu', 'douyin', 'weibo'],
    verticals: ['beauty', 'skincare'],
    budget: { total: 500_000 },
    kpis: { targetCpe: 3 },
  })
  const weibo = {
    format: 'weibo-post',
    body: '秋冬换季，干皮修护正当时。神经酰胺+角鲨烷，给肌肤一层温柔屏障。',
    hashtags: ['秋冬护肤', '干皮'],
    mentions: [{ name: '花漾研究所官微' }],
  }
  const moments = { format: 'wecom-moments', body: '【新品】丝绒雾面唇釉到货啦，老客专享第二支半价，欢迎找我预订～' }
  const groupMessage = { format: 'wecom-group-message', body: '换季时节，肌肤屏障容易受损。本周会员日，修护精华第二件半价，回复“修护”领取试用装。' }
  type Asset = { id: number; variants: { id: string; format: string }[] }
  const asset = async (title: string, variants: Record<string, unknown>[], statuses: string[]) => {
    let doc = (await send('POST', 'content-assets', {
      title,
      brand: brand.id,
      products: [product.id],
      tags: ['基准'],
      variants: variants.map((v) => ({ ...v, status: 'draft' })),
    })) as Asset
    for (const status of statuses)
      doc = (await send('PATCH', `content-assets/${doc.id}`, { variants: doc.variants.map((variant) => ({ ...variant, status })) })) as Asset
    return doc
  }
  // One, two and three variants; draft, approved, and approved then published on one channel.
  const draft = await asset('基准内容 草稿', [weibo], [])
  await asset('基准内容 已批准', [weibo, moments], ['in_review', 'approved'])
  const published = await asset('基准内容 已发布', [weibo, moments, groupMessage], ['in_review', 'approved'])
  await graphql(
    `
      mutation Confirm($variant: ID!) {
        confirmPublication(variant: $variant, url: "https://weibo.com/1/bench", platformPostId: "bench-1", publishedAt: "2026-11-20T10:00:00Z") {
          alreadyConfirmed
        }
      }
    `,
    { variant: published.variants.find((variant) => variant.format === 'weibo-post')!.id },
    publisherHeaders,
  )
  for (let index = 0; index < 2; index++) await graphql(SUBMIT, { input: submission(product.id) }, { 'Content-Type': 'application/json' })
  return { campaign: campaign.id, product: product.id, draftAsset: draft.id, publisherHeaders }
}
