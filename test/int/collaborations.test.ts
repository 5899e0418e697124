import type { CollectionBeforeChangeHook, Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Campaign, Collaboration, Kol, User } from '../../src/payload-types'

import { kolFitIndex } from '../../src/ranking/fitIndex'
import { kolFacts } from '../../src/ranking/kolFacts'
import { createBrandAndProduct, createTeam, type Team } from '../support/contentFixtures'
import { refusal } from '../support/refusal'
import { useTestPayload } from '../support/testPayload'

const account = (handle: string, followers: number, price: number): NonNullable<Kol['accounts']>[number] => ({
  platform: 'xiaohongshu',
  handle,
  followers,
  avgViews: followers / 2,
  avgEngagements: followers / 40,
  fakeFollowerRatio: 0.05,
  audience: { femaleShare: 0.9, age: { age18to24: 0.5, age25to34: 0.4, age35to44: 0.1 } },
  rateCard: [{ format: 'xiaohongshu-image-note', price }],
})

describe('collaborations through the Local API, as each role', () => {
  const testPayload = useTestPayload('collaborations')
  let payload: Payload
  let team: Team
  let campaign: Campaign
  let kols: Kol[]

  const as = (user: User) => ({ user, overrideAccess: false as const })
  const readCollaboration = (id: Collaboration['id']) => payload.findByID({ collection: 'collaborations', id, overrideAccess: true })
  const readCampaign = () => payload.findByID({ collection: 'campaigns', id: campaign.id, overrideAccess: true })
  const readKol = (id: Kol['id']) => payload.findByID({ collection: 'kols', id, overrideAccess: true })
  const auditFor = async (id: Collaboration['id']) =>
    (
      await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'collaborations' }, documentId: { equals: String(id) } }, sort: 'createdAt', pagination: false, overrideAccess: true })
    ).docs.map((entry) => `${entry.from ?? '∅'}→${entry.to}`)

  const shortlist = (kol: Kol) =>
    payload.create({ collection: 'collaborations', data: { campaign: campaign.id, kol: kol.id, platform: 'xiaohongshu', stage: 'shortlisted' }, ...as(team.kolManager) })
  const move = (id: Collaboration['id'], user: User, data: Partial<Collaboration>) => payload.update({ collection: 'collaborations', id, data, ...as(user) })

  /** Takes a shortlisted collaboration through negotiation, as the KOL manager. */
  const toNegotiating = async (kol: Kol) => {
    const { id } = await shortlist(kol)
    await move(id, team.kolManager, { stage: 'contacted' })
    return move(id, team.kolManager, { stage: 'negotiating' })
  }

  beforeAll(async () => {
    payload = testPayload()
    team = await createTeam(payload)
    const { brand } = await createBrandAndProduct(payload, team.admin)
    campaign = await payload.create({
      collection: 'campaigns',
      data: { name: '秋冬面霜种草', brand: brand.id, type: 'seeding', status: 'active', platforms: ['xiaohongshu'], verticals: ['skincare'], budget: { total: 20_000 } },
      ...as(team.kolManager),
    })
    kols = []
    for (const [index, name] of ['一号达人', '二号达人', '三号达人', '四号达人', '五号达人', '六号达人'].entries()) {
      kols.push(
        await payload.create({
          collection: 'kols',
          data: {
            name,
            kind: 'kol',
            verticals: ['skincare'],
            accounts: [account(name, 20_000 + index * 1_000, 6_000)],
            contact: { phone: `1380013800${index}`, wechatId: `kol-${index}` },
          },
          ...as(team.kolManager),
        }),
      )
    }
  })

  it('snapshots the fit score at shortlisting and audits the start', async () => {
    const collaboration = await shortlist(kols[0]!)
    expect(collaboration.title).toBe('一号达人 × 秋冬面霜种草')
    const snapshot = collaboration.fitSnapshot as { eligible: boolean; score: number; breakdown: { component: string }[] }
    expect(snapshot.eligible).toBe(true)
    expect(snapshot.score).toBeGreaterThan(0)
    expect(snapshot.breakdown.map((part) => part.component)).toEqual(['audience', 'relevance', 'engagement', 'authenticity', 'cost', 'reputation'])
    expect(await auditFor(collaboration.id)).toEqual(['∅→shortlisted'])
    // The same KOL on the same platform and campaign twice is a mistake, not a second deal.
    expect(await refusal(shortlist(kols[0]!))).toEqual([{ path: 'kol', message: '该达人已在本活动的这个平台上有合作。' }])
  })

  it('lets each role make only its own moves, and leaves a refused move unsaved', async () => {
    const { id } = await shortlist(kols[1]!)
    // Editors may not save collaborations at all; reviewers may, but not the managers' moves.
    await expect(move(id, team.editor, { stage: 'contacted' })).rejects.toThrow('您无权执行此操作。')
    expect((await refusal(move(id, team.reviewer, { stage: 'contacted' })))[0]).toMatchObject({ path: 'stage', message: '你没有权限把合作从「初选」改为「已联系」。' })
    expect((await readCollaboration(id)).stage).toBe('shortlisted')
    await move(id, team.kolManager, { stage: 'contacted' })
    await move(id, team.kolManager, { stage: 'negotiating' })
    await move(id, team.kolManager, { stage: 'contracted', fee: 5_000 })
    await move(id, team.kolManager, { stage: 'briefed', deliverables: [{ format: 'xiaohongshu-image-note' }] })
    await move(id, team.kolManager, { stage: 'draft_submitted' })
    // The brand's reviewer judges the KOL's draft.
    await move(id, team.reviewer, { stage: 'revision_requested', stageNote: '请补充成分说明' })
    await move(id, team.kolManager, { stage: 'draft_submitted' })
    await move(id, team.reviewer, { stage: 'approved' })
    expect(await auditFor(id)).toEqual([
      '∅→shortlisted',
      'shortlisted→contacted',
      'contacted→negotiating',
      'negotiating→contracted',
      'contracted→briefed',
      'briefed→draft_submitted',
      'draft_submitted→revision_requested',
      'revision_requested→draft_submitted',
      'draft_submitted→approved',
    ])
    const reasons = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'collaborations' }, documentId: { equals: String(id) }, to: { equals: 'revision_requested' } }, overrideAccess: true })
    expect(reasons.docs[0]).toMatchObject({ reason: '请补充成分说明', actor: 'reviewer@brand.cn' })
    expect((await readCampaign()).budget?.committed).toBe(5_000)
  })

  it('refuses a contract over the remaining budget, changing nothing', async () => {
    const collaboration = await toNegotiating(kols[2]!)
    const before = await readCampaign()
    expect(before.budget).toMatchObject({ total: 20_000, committed: 5_000, remaining: 15_000 })
    const errors = await refusal(move(collaboration.id, team.kolManager, { stage: 'contracted', fee: 16_000 }))
    expect(errors).toEqual([{ path: 'stage', message: '合作费用 ¥16,000 超出活动剩余预算 ¥15,000。' }])
    expect(await readCollaboration(collaboration.id)).toMatchObject({ stage: 'negotiating' })
    expect((await readCollaboration(collaboration.id)).fee ?? null).toBeNull()
    expect((await readCampaign()).budget).toEqual(before.budget)
    expect(await auditFor(collaboration.id)).toEqual(['∅→shortlisted', 'shortlisted→contacted', 'contacted→negotiating'])
  })

  it('lets only one of two concurrent contracts spend the same remaining budget', async () => {
    const [first, second] = [await toNegotiating(kols[3]!), await toNegotiating(kols[4]!)]
    const results = await Promise.allSettled([
      move(first.id, team.kolManager, { stage: 'contracted', fee: 10_000 }),
      move(second.id, team.kolManager, { stage: 'contracted', fee: 10_000 }),
    ])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((await readCampaign()).budget).toMatchObject({ committed: 15_000, remaining: 5_000 })
  })

  it('settles with a rating, updating the KOL’s reputation in the same transaction', async () => {
    const kol = kols[1]!
    const id = (await payload.find({ collection: 'collaborations', where: { kol: { equals: kol.id } }, overrideAccess: true })).docs[0]!.id
    await move(id, team.kolManager, { stage: 'published', deliverables: [{ format: 'xiaohongshu-image-note', publishedUrl: 'https://www.xiaohongshu.com/explore/abc' }] })
    const t1 = { window: 't1' as const, views: 8_000, likes: 400, comments: 60, shares: 20, saves: 120, gmv: 12_000 }
    expect(await refusal(move(id, team.kolManager, { stage: 'data_collected', snapshots: [t1, t1] }))).toEqual([
      { path: 'snapshots', message: '每个时间点只能有一次快照 / One snapshot per window' },
    ])
    await move(id, team.kolManager, { stage: 'data_collected', snapshots: [t1] })
    expect(await readCollaboration(id)).toMatchObject({ results: { window: 't1', views: 8_000, engagements: 600, cpe: 8.33, roi: 2.4 } })

    // A failure while updating the KOL must undo the settlement as well.
    const kolHooks = payload.collections.kols.config.hooks.beforeChange
    const failing: CollectionBeforeChangeHook = () => {
      throw new Error('reputation store unavailable')
    }
    kolHooks.push(failing)
    try {
      await expect(move(id, team.kolManager, { stage: 'settled', settlement: { rating: 5, onTime: 'yes' } })).rejects.toThrow('reputation store unavailable')
    } finally {
      kolHooks.splice(kolHooks.indexOf(failing), 1)
    }
    expect((await readCollaboration(id)).stage).toBe('data_collected')
    expect((await readKol(kol.id)).reputation).toMatchObject({ settled: 0, ratingSum: 0, onTime: 0 })
    expect(await auditFor(id)).not.toContain('data_collected→settled')

    await move(id, team.kolManager, { stage: 'settled', settlement: { rating: 5, onTime: 'yes' } })
    const reputation = (await readKol(kol.id)).reputation
    // Bayesian mean (2 × 3.5 + 5) / 3 = 4 → (4 − 1) / 4 = 0.75, × on-time share 1.
    expect(reputation).toMatchObject({ settled: 1, ratingSum: 5, onTime: 1, score: 0.75 })
    expect(await auditFor(id)).toContain('data_collected→settled')
  })

  it('never lets anyone type a reputation in, and keeps contact data from editors', async () => {
    const kol = kols[0]!
    await payload.update({ collection: 'kols', id: kol.id, data: { reputation: { settled: 9, ratingSum: 45, onTime: 9, score: 1 } }, ...as(team.kolManager) })
    expect((await readKol(kol.id)).reputation).toMatchObject({ settled: 0, ratingSum: 0 })
    const asEditor = await payload.findByID({ collection: 'kols', id: kol.id, ...as(team.editor) })
    expect(asEditor.name).toBe('一号达人')
    expect(asEditor).not.toHaveProperty('contact')
    // Prices are commercial terms: an editor sees the account, not what it costs.
    expect(asEditor.accounts?.[0]?.rateCard ?? []).toEqual([])
    expect(asEditor.accounts?.[0]).not.toHaveProperty('lowestRate')
    expect(asEditor.accounts?.[0]?.handle).toBe('一号达人')
    const asManager = await payload.findByID({ collection: 'kols', id: kol.id, ...as(team.kolManager) })
    expect(asManager.contact).toMatchObject({ phone: '13800138000', wechatId: 'kol-0' })
  })

  it('makes content linked to a paid deliverable need the 广告 label', async () => {
    const { docs: [brand] } = await payload.find({ collection: 'brands', limit: 1, overrideAccess: true })
    const asset = await payload.create({
      collection: 'content-assets',
      data: { title: '面霜合作笔记', brand: brand!.id, variants: [{ format: 'weibo-post', status: 'draft', body: '秋冬面霜真的好用，推荐给干皮姐妹。' }] },
      ...as(team.editor),
    })
    const disclosureIssues = (doc: typeof asset) => JSON.stringify(doc.variants?.[0]?.checks).includes('广告')
    expect(disclosureIssues(asset)).toBe(false)

    const id = (await payload.find({ collection: 'collaborations', where: { kol: { equals: kols[1]!.id } }, overrideAccess: true })).docs[0]!.id
    const linked = await readCollaboration(id)
    await payload.update({
      collection: 'collaborations',
      id,
      data: { deliverables: [...(linked.deliverables ?? []), { format: 'xiaohongshu-image-note', asset: asset.id, variantId: 'no-such-variant' }] },
      ...as(team.kolManager),
    }).then(
      () => expect.unreachable('an unknown variant must be refused'),
      (error) => expect(String(error.data?.errors?.[0]?.path)).toBe('deliverables.1.variantId'),
    )
    await payload.update({
      collection: 'collaborations',
      id,
      data: { deliverables: [...(linked.deliverables ?? []), { format: 'xiaohongshu-image-note', asset: asset.id, variantId: asset.variants![0]!.id }] },
      ...as(team.kolManager),
    })
    const resaved = await payload.update({ collection: 'content-assets', id: asset.id, data: { title: '面霜合作笔记（终稿）' }, ...as(team.editor) })
    expect(disclosureIssues(resaved)).toBe(true)
  })

  it('keeps the scoring index equal to the stored KOLs through edits and deletions', async () => {
    const index = kolFitIndex(payload)
    const matchesDocuments = async () => {
      const { kols: indexed, byId } = await index.current()
      const { docs } = await payload.find({ collection: 'kols', pagination: false, depth: 0, overrideAccess: true })
      expect(indexed).toHaveLength(docs.length)
      for (const doc of docs) expect(byId.get(String(doc.id))).toEqual(kolFacts(doc))
    }
    await matchesDocuments()
    const kol = await readKol(kols[5]!.id)
    await payload.update({
      collection: 'kols',
      id: kol.id,
      data: { verticals: ['beauty', 'skincare'], accounts: [{ ...kol.accounts![0]!, followers: 123_456, fakeFollowerRatio: 0.3 }] },
      ...as(team.kolManager),
    })
    await matchesDocuments()
    expect((await index.current()).byId.get(String(kol.id))?.accounts[0]).toMatchObject({ followers: 123_456, fakeFollowerRatio: 0.3 })
    await payload.delete({ collection: 'kols', id: kol.id, ...as(team.admin) })
    await matchesDocuments()
    expect((await index.current()).byId.has(String(kol.id))).toBe(false)
  })
})
