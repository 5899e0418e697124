import type { Payload, PayloadRequest } from 'payload'

import type { Campaign, Collaboration, Kol, User } from '../src/payload-types'
import { COLLABORATION_STAGES, type CollaborationStage } from '../src/collaborations/stages'
import type { KolPlatform } from '../src/taxonomy/kols'

import { FORMAT_RULES, FORMAT_IDS } from '../src/platforms'
import type { Catalog } from './content'

import { findOrCreate } from './findOrCreate'
import { demoKols } from './kols'

export type KolTeam = { kolManager: User; reviewer: User }

type DemoCampaign = {
  data: (catalog: Catalog) => Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>
  /** The stage each demo collaboration is walked to, on the campaign's first platform. */
  stages: CollaborationStage[]
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The three demo campaigns of issue 4: a 联名 launch, a 直播带货 with its lineup and a 小红书 种草 push. */
const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    data: ({ brands, products, personas }) => ({
      name: '花漾 × 敦煌 联名唇釉上市',
      brand: brands.get('花漾研究所')!,
      type: 'co_branded',
      status: 'active',
      startDate: inDays(-30),
      endDate: inDays(30),
      persona: personas.get('一二线精致白领女性'),
      platforms: ['weibo', 'xiaohongshu', 'douyin'],
      verticals: ['beauty', 'fashion'],
      styles: ['review', 'tutorial'],
      products: [products.get('HY-LIP-07')!],
      coBranding: { partner: '敦煌博物馆', coBrandedProducts: [products.get('HY-LIP-07')!] },
      budget: { total: 600_000 },
      kpis: { reach: 8_000_000, engagements: 200_000, targetCpe: 4, gmv: 1_500_000 },
    }),
    stages: ['settled', 'data_collected', 'published', 'contracted'],
  },
  {
    data: ({ brands, products, personas }) => ({
      name: '小禾萌宝 618 宝妈专场直播',
      brand: brands.get('小禾萌宝')!,
      type: 'live_stream',
      status: 'active',
      startDate: inDays(-10),
      endDate: inDays(20),
      persona: personas.get('新手宝妈'),
      platforms: ['douyin', 'wechat-channels'],
      verticals: ['mother-baby', 'food'],
      styles: ['live', 'haul'],
      products: [products.get('XH-RICE-250')!, products.get('XH-CREAM-100')!, products.get('XH-PANTS-L')!],
      liveStream: {
        sessions: [{ startsAt: inDays(7), durationMinutes: 180, platform: 'douyin' }],
        lineup: [
          { product: products.get('XH-RICE-250')!, role: 'giveaway', livePrice: 9.9 },
          { product: products.get('XH-CREAM-100')!, role: 'traffic', livePrice: 59 },
          { product: products.get('XH-PANTS-L')!, role: 'bestseller', livePrice: 109 },
        ],
      },
      budget: { total: 300_000 },
      kpis: { reach: 2_000_000, engagements: 60_000, targetCpe: 3, gmv: 900_000, privateDomainFollowers: 5_000 },
      scoring: { weightedCpe: true },
    }),
    stages: ['settled', 'settled', 'briefed', 'shortlisted'],
  },
  {
    data: ({ brands, products, personas }) => ({
      name: '轻透防晒 小红书种草季',
      brand: brands.get('花漾研究所')!,
      type: 'seeding',
      status: 'active',
      startDate: inDays(-20),
      endDate: inDays(40),
      persona: personas.get('一二线精致白领女性'),
      platforms: ['xiaohongshu'],
      verticals: ['beauty', 'skincare'],
      styles: ['review', 'knowledge'],
      products: [products.get('HY-SUN-40')!],
      budget: { total: 400_000 },
      kpis: { reach: 3_000_000, engagements: 150_000, targetCpe: 3, ugcCount: 300 },
    }),
    // One collaboration in each stage, so the board shows every column.
    stages: [...COLLABORATION_STAGES],
  },
]

/** The order in which a collaboration passes the stages on its way to each demo stage. */
const PATH: CollaborationStage[] = [
  'contacted',
  'negotiating',
  'contracted',
  'briefed',
  'draft_submitted',
  'approved',
  'published',
  'data_collected',
  'settled',
]

type Step = { by: User; changes: Partial<Collaboration> }

function stepsTo(target: CollaborationStage, platform: KolPlatform, fee: number, avgViews: number, team: KolTeam, seed: number): Step[] {
  const format = FORMAT_IDS.find((id) => FORMAT_RULES[id].channel === platform)!
  // A post does about as well as the account's average, give or take.
  const views = Math.round(avgViews * (0.7 + (seed % 5) * 0.15))
  const snapshot = (window: 't1' | 't7' | 't30', share: number) => ({
    window,
    collectedAt: inDays(-3),
    views: Math.round(views * share),
    likes: Math.round(views * share * 0.04),
    comments: Math.round(views * share * 0.006),
    shares: Math.round(views * share * 0.003),
    saves: Math.round(views * share * 0.01),
    clicks: Math.round(views * share * 0.02),
    orders: Math.round(views * share * 0.002),
    gmv: Math.round(views * share * 0.002 * 160),
  })
  const changesFor: Record<CollaborationStage, Partial<Collaboration>> = {
    shortlisted: {},
    contacted: {},
    negotiating: {},
    contracted: { fee },
    // Due within the week, so the KOL manager's dashboard has deliverables to chase.
    briefed: { deliverables: [{ format, dueDate: inDays(3) }] },
    draft_submitted: {},
    revision_requested: { stageNote: '产品卖点需要突出“轻薄不搓泥”' },
    approved: {},
    published: { deliverables: [{ format, dueDate: inDays(-5), publishedUrl: `https://example.com/${platform}/post/${seed}`, publishedAt: inDays(-5) }] },
    data_collected: { snapshots: [snapshot('t1', 0.4), snapshot('t7', 0.8)] },
    settled: {
      snapshots: [snapshot('t1', 0.4), snapshot('t7', 0.8), snapshot('t30', 1)],
      settlement: { rating: 3 + (seed % 3), onTime: seed % 4 === 0 ? 'no' : 'yes' },
    },
    cancelled: { stageNote: '达人档期冲突，双方协商取消' },
  }
  if (target === 'cancelled') {
    return [...stepsTo('negotiating', platform, fee, avgViews, team, seed), { by: team.kolManager, changes: { stage: 'cancelled', ...changesFor.cancelled } }]
  }
  const path =
    target === 'revision_requested'
      ? [...PATH.slice(0, PATH.indexOf('draft_submitted') + 1), 'revision_requested' as const]
      : PATH.slice(0, PATH.indexOf(target as (typeof PATH)[number]) + 1)
  // Drafts are judged by the brand's reviewer; everything else is the KOL manager's.
  const judge = (stage: CollaborationStage) => (stage === 'approved' || stage === 'revision_requested' ? team.reviewer : team.kolManager)
  return path.map((stage) => ({ by: judge(stage), changes: { stage, ...changesFor[stage] } }))
}

/** Demo KOLs, campaigns and collaborations, walked stage by stage by the demo KOL manager and reviewer. */
export async function seedKols(payload: Payload, req: PayloadRequest, catalog: Catalog, team: KolTeam) {
  const kols: Kol[] = []
  for (const kol of demoKols()) {
    const { doc } = await findOrCreate(payload, req, 'kols', { name: { equals: kol.name } }, () =>
      payload.create({ collection: 'kols', data: kol, user: team.kolManager, overrideAccess: false, req }),
    )
    kols.push(doc)
  }
  let campaignsCreated = 0
  let collaborations = 0
  for (const [campaignIndex, demo] of DEMO_CAMPAIGNS.entries()) {
    const data = demo.data(catalog)
    const { doc: campaign, created } = await findOrCreate(payload, req, 'campaigns', { name: { equals: data.name } }, () =>
      payload.create({ collection: 'campaigns', data, user: team.kolManager, overrideAccess: false, req }),
    )
    if (!created) continue
    campaignsCreated += 1
    const platform = campaign.platforms[0]!
    const candidates = kols.filter(
      (kol) => kol.accounts?.some((account) => account.platform === platform && account.lowestRate) && !kol.brandSafetyFlags?.length,
    )
    // Each KOL once per campaign; campaigns start at different KOLs.
    const start = (campaignIndex * 5) % candidates.length
    const picked = [...candidates.slice(start), ...candidates.slice(0, start)].slice(0, demo.stages.length)
    if (picked.length < demo.stages.length) throw new Error(`Demo campaign "${data.name}": too few KOLs on ${platform}`)
    for (const [index, stage] of demo.stages.entries()) {
      const kol = picked[index]!
      const account = kol.accounts!.find((candidate) => candidate.platform === platform)!
      let collaboration = await payload.create({
        collection: 'collaborations',
        data: { campaign: campaign.id, kol: kol.id, platform, stage: 'shortlisted' },
        user: team.kolManager,
        overrideAccess: false,
        req,
      })
      for (const step of stepsTo(stage, platform, Math.min(account.lowestRate!, 30_000), account.avgViews ?? 20_000, team, index + campaignIndex)) {
        collaboration = await payload.update({
          collection: 'collaborations',
          id: collaboration.id,
          data: step.changes,
          user: step.by,
          overrideAccess: false,
          req,
        })
      }
      collaborations += 1
    }
  }
  return { kols: kols.length, campaigns: campaignsCreated, collaborations }
}
