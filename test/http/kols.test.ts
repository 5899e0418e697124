import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, publisherApiKey } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const SEEDING = '轻透防晒 小红书种草季'
const BEAUTY = '林小夕的化妆间'
const FITNESS = '阿杰健身日记'
const BEAUTY_PHONE = '13800138001'

const RANKING = `query Rank($campaign: ID!, $limit: Int, $filters: KolRankingFilters) {
  kolFitRanking(campaign: $campaign, platform: "xiaohongshu", limit: $limit, filters: $filters) {
    total
    items { rank score confidence kol { id name } account { handle followers tier }
      breakdown { component weight value contribution estimated inputs { name value } } }
  }
}`

type Ranked = {
  rank: number
  score: number
  kol: { id: string; name: string }
  account: { handle: string; followers: number }
  breakdown: { component: string; contribution: number; value: number }[]
}

/** Through the real server with the demo data of `npm run dev`, as each kind of user. */
describe('KOLs, campaigns and collaborations over GraphQL and REST', () => {
  let server: RunningServer
  let manager: Record<string, string>
  let editor: Record<string, string>
  const publisher = { Authorization: `users API-Key ${publisherApiKey}` }
  let campaignId: string

  const rest = async (path: string, headers: Record<string, string>) => {
    const response = await fetch(`${server.url}${path}`, { headers })
    return { status: response.status, text: await response.text() }
  }

  beforeAll(async () => {
    server = await startServer({ label: 'http-kols', mode: 'development' })
    manager = { Authorization: `JWT ${(await login(server.url, 'kol@zhongcao.local')).body.token}` }
    editor = { Authorization: `JWT ${(await login(server.url, 'editor@zhongcao.local')).body.token}` }
    const { body } = await graphql(server.url, `{ Campaigns(where: { name: { equals: "${SEEDING}" } }) { docs { id } } }`, manager)
    campaignId = String((body.data as any).Campaigns.docs[0].id)
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('shows contact data, rates and budgets to the KOL manager only, through GraphQL and REST', async () => {
    const query = `{ Kols(where: { name: { equals: "${BEAUTY}" } }) { docs { name contact { phone wechatId } accounts { handle lowestRate rateCard { price } } } }
      Campaigns(where: { name: { equals: "${SEEDING}" } }) { docs { name budget { total remaining } } } }`
    const asManager = (await graphql(server.url, query, manager)).body.data as any
    expect(asManager.Kols.docs[0].contact).toEqual({ phone: BEAUTY_PHONE, wechatId: 'linxiaoxi_mua' })
    expect(asManager.Kols.docs[0].accounts[0].lowestRate).toBe(6_000)
    expect(asManager.Campaigns.docs[0].budget.total).toBe(400_000)

    for (const headers of [publisher, editor]) {
      const { body } = await graphql(server.url, query, headers)
      const data = body.data as any
      expect(data.Kols.docs[0].name).toBe(BEAUTY)
      expect(Object.values(data.Kols.docs[0].contact ?? {}).every((value) => value === null)).toBe(true)
      expect(data.Kols.docs[0].accounts[0]).toMatchObject({ handle: BEAUTY, lowestRate: null })
      expect(data.Kols.docs[0].accounts[0].rateCard ?? []).toEqual([])
      expect(Object.values(data.Campaigns.docs[0].budget ?? {}).every((value) => value === null)).toBe(true)

      const { status, text } = await rest(`/api/kols?where[name][equals]=${encodeURIComponent(BEAUTY)}&depth=0`, headers)
      expect(status).toBe(200)
      expect(text).toContain(BEAUTY)
      for (const secret of [BEAUTY_PHONE, 'linxiaoxi_mua', '漕溪北路', '"price"', '"lowestRate"', '付款']) expect(text).not.toContain(secret)
    }
  })

  it('keeps collaborations from publishers, and fees from editors', async () => {
    const byPublisher = await rest('/api/collaborations?depth=0', publisher)
    expect(byPublisher.status).toBe(403)
    const { body } = await graphql(server.url, `{ Collaborations(limit: 100) { docs { title fee stage } } }`, editor)
    const docs = (body.data as any).Collaborations.docs as { fee: number | null }[]
    expect(docs.length).toBeGreaterThan(10)
    expect(docs.every((doc) => doc.fee === null)).toBe(true)
  })

  it('ranks a beauty KOL with a matching audience above a fitness KOL with ten times the followers, and says why', async () => {
    const { body } = await graphql(server.url, RANKING, manager, { campaign: campaignId, limit: 200 })
    const ranking = (body.data as any).kolFitRanking as { total: number; items: Ranked[] }
    expect(ranking.items).toHaveLength(ranking.total)
    const beauty = ranking.items.find((item) => item.kol.name === BEAUTY)!
    const fitness = ranking.items.find((item) => item.kol.name === FITNESS)!
    expect(fitness.account.followers).toBe(10 * beauty.account.followers)
    expect(beauty.rank).toBeLessThan(fitness.rank)
    expect(beauty.score).toBeGreaterThan(fitness.score)

    const part = (item: Ranked, component: string) => item.breakdown.find((entry) => entry.component === component)!
    // The audience is female and in the persona's ages; the verticals match the campaign's.
    expect(part(beauty, 'audience').contribution).toBeGreaterThan(part(fitness, 'audience').contribution + 5)
    expect(part(beauty, 'relevance').value).toBeGreaterThan(0)
    expect(part(fitness, 'relevance').value).toBe(0)
    // Contributions add up to the score.
    const sum = beauty.breakdown.reduce((total, entry) => total + entry.contribution, 0)
    expect(sum).toBeCloseTo(beauty.score, 0)
    // Ranked in order.
    expect(ranking.items.map((item) => item.rank)).toEqual(ranking.items.map((_, index) => index + 1))
    expect(ranking.items.every((item, index) => index === 0 || ranking.items[index - 1]!.score >= item.score)).toBe(true)
  })

  it('filters the ranking and refuses it to anyone but KOL managers', async () => {
    const { body } = await graphql(server.url, RANKING, manager, { campaign: campaignId, limit: 50, filters: { verticals: ['fitness'] } })
    const names = ((body.data as any).kolFitRanking.items as Ranked[]).map((item) => item.kol.name)
    expect(names).toContain(FITNESS)
    expect(names).not.toContain(BEAUTY)

    for (const headers of [editor, publisher]) {
      const refused = await graphql(server.url, RANKING, headers, { campaign: campaignId, limit: 5 })
      expect(refused.body.data).toBeNull()
      expect(refused.body.errors?.[0]?.message).toMatch(/not allowed|无权/)
    }
    const tooMany = await graphql(server.url, RANKING, manager, { campaign: campaignId, limit: 5_000 })
    expect((tooMany.body.errors?.[0] as any).extensions.data.errors).toEqual([{ path: 'limit', message: 'limit 须在 1–200 之间' }])
  })

  it('builds a shortlist from the ranking, keeping the score it was picked with', async () => {
    const { body } = await graphql(server.url, RANKING, manager, { campaign: campaignId, limit: 200 })
    const existing = await graphql(server.url, `{ Collaborations(where: { campaign: { equals: ${campaignId} } }, limit: 100) { docs { kol { id } } } }`, manager)
    const taken = new Set(((existing.body.data as any).Collaborations.docs as { kol: { id: number } }[]).map((doc) => String(doc.kol.id)))
    const pick = ((body.data as any).kolFitRanking.items as Ranked[]).find((item) => !taken.has(String(item.kol.id)))!

    const created = await graphql(
      server.url,
      `mutation Shortlist($data: mutationCollaborationInput!) { createCollaboration(data: $data) { id stage title fitSnapshot } }`,
      manager,
      { data: { campaign: Number(campaignId), kol: Number(pick.kol.id), platform: 'xiaohongshu', stage: 'shortlisted' } },
    )
    const collaboration = (created.body.data as any).createCollaboration
    expect(collaboration.stage).toBe('shortlisted')
    expect(collaboration.fitSnapshot.score).toBe(pick.score)
    expect(collaboration.fitSnapshot.breakdown).toHaveLength(6)
  })

  it('reports the campaign: funnel by stage, spend against budget, and results per KOL and platform', async () => {
    const { body } = await graphql(
      server.url,
      `{ campaignReport(campaign: ${campaignId}) {
          funnel { stage label { zh } count }
          budget { total committed remaining }
          totals { spend reach engagements cpe roi }
          byKol { kolName spend engagements cpe }
          byPlatform { platform spend }
          kpis { kpi target actual progress } } }`,
      manager,
    )
    const report = (body.data as any).campaignReport
    // The demo walks one collaboration into every stage; the previous test shortlisted one more.
    expect(report.funnel.find((step: any) => step.stage === 'settled')).toEqual({ stage: 'settled', label: { zh: '已结算' }, count: 1 })
    expect(report.funnel.find((step: any) => step.stage === 'shortlisted').count).toBe(2)
    expect(report.budget.total).toBe(400_000)
    expect(report.budget.committed + report.budget.remaining).toBe(400_000)
    expect(report.totals.spend).toBeGreaterThan(0)
    expect(report.totals.cpe).toBeCloseTo(report.totals.spend / report.totals.engagements)
    expect(report.byPlatform).toEqual([{ platform: 'xiaohongshu', spend: report.totals.spend }])
    expect(report.kpis.map((row: any) => row.kpi)).toEqual(['reach', 'engagements', 'cpe'])

    const refused = await graphql(server.url, `{ campaignReport(campaign: ${campaignId}) { budget { total } } }`, editor)
    expect(refused.body.errors?.[0]?.message).toMatch(/无权|not allowed/)
  })
})
