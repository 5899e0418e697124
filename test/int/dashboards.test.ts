import type { Payload } from 'payload'

import { parse } from 'qs-esm'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Counted, DashboardData } from '../../src/dashboards/loadDashboard'
import type { Campaign, Collaboration, ContentAsset, Kol, Media, User } from '../../src/payload-types'

import { chinaDayOf, chinaDayStart } from '../../src/calendar/chinaTime'
import { CAMPAIGNS_SHOWN, loadDashboard } from '../../src/dashboards/loadDashboard'
import { createContentWorld, TEAM_PASSWORD, type Team } from '../support/contentFixtures'
import { useTestPayload } from '../support/testPayload'

type Variant = NonNullable<ContentAsset['variants']>[number]

const DAY_MS = 86_400_000
// A Beijing day three days ahead, so that posts can be scheduled on it (scheduling needs a time ahead).
const DAY = chinaDayOf(new Date(Date.now() + 3 * DAY_MS))
/** 09:00 that morning in Beijing: "now" for the dashboards under test. */
const NOW = chinaDayStart(DAY, 9)
const at = (hours: number) => chinaDayStart(DAY, hours).toISOString()

const CLEAN = '上脸不黏，干皮放心冲。'
const BLOCKED = '全网销量第一的面霜！'

describe('the dashboard of each role, read with the user’s own access', () => {
  const testPayload = useTestPayload('dashboards')
  let payload: Payload
  let team: Team
  let otherEditor: User
  let cover: Media
  let world: Awaited<ReturnType<typeof createContentWorld>>
  const assets: Record<string, ContentAsset> = {}
  const collaborations: Record<string, Collaboration> = {}
  let budgeted: Campaign

  const as = (user: User) => ({ user, overrideAccess: false as const })

  const note = (title: string, body: string, changes: Partial<Variant> = {}): Variant => ({
    format: 'xiaohongshu-image-note',
    status: 'draft',
    title,
    body,
    hashtags: ['秋冬护肤'],
    cover: cover.id,
    images: [cover.id],
    ...changes,
  })

  const createAsset = (user: User, title: string, variants: Variant[]) =>
    payload.create({ collection: 'content-assets', data: { title, brand: world.brand.id, products: [world.product.id], variants }, ...as(user) })

  /** Saves the asset with changes to its variant at `index`, as `user`. */
  const move = async (key: string, user: User, index: number, changes: Partial<Variant>) => {
    const asset = assets[key]!
    assets[key] = await payload.update({
      collection: 'content-assets',
      id: asset.id,
      data: { variants: asset.variants!.map((variant, position) => (position === index ? { ...variant, ...changes } : variant)) },
      ...as(user),
    })
  }

  /** How many rows the admin list behind a dashboard number shows: its URL parsed as Payload parses it, read as the user. */
  const rowsBehind = async (total: Counted, user: User) => {
    const url = new URL(total.href, 'http://cms.test')
    const collection = url.pathname.split('/').pop() as 'content-assets'
    const { where } = parse(url.search, { depth: 10, ignoreQueryPrefix: true }) as { where: never }
    const { totalDocs } = await payload.find({ collection, where, draft: true, limit: 1, depth: 0, ...as(user) })
    return totalDocs
  }

  const dashboardOf = (user: User) => loadDashboard(payload, user, NOW)

  beforeAll(async () => {
    payload = testPayload()
    world = await createContentWorld(payload)
    ;({ team, cover } = world)
    otherEditor = await payload.create({
      collection: 'users',
      data: { email: 'editor2@brand.cn', password: TEAM_PASSWORD, roles: ['editor'] },
      overrideAccess: true,
    })

    // Waiting for review, submitted first.
    assets.waiting = await createAsset(team.editor, '面霜上新', [note('干皮救星面霜', CLEAN)])
    await move('waiting', team.editor, 0, { status: 'in_review' })
    // The editor's own draft, sent back with a reason; its claim is still there.
    assets.returned = await createAsset(team.editor, '面霜销量', [note('销量第一面霜', BLOCKED)])
    await move('returned', team.editor, 0, { status: 'in_review' })
    await move('returned', team.reviewer, 0, { status: 'rejected', workflowNote: '请删除“全网销量第一”这类绝对化用语' })
    // Another editor's draft, sent back: not this editor's to rework.
    assets.othersReturned = await createAsset(otherEditor, '防晒实测', [note('防晒实测', CLEAN)])
    await move('othersReturned', otherEditor, 0, { status: 'in_review' })
    await move('othersReturned', team.reviewer, 0, { status: 'rejected', workflowNote: '封面太暗' })
    // A draft still carrying a blocking claim.
    assets.blockedDraft = await createAsset(team.editor, '面霜草稿', [note('面霜草稿', BLOCKED)])
    // Approved despite the claim (with a reason): no longer the editor's compliance problem.
    assets.overridden = await createAsset(team.editor, '面霜口碑', [note('面霜口碑', BLOCKED)])
    await move('overridden', team.editor, 0, { status: 'in_review' })
    await move('overridden', team.reviewer, 0, { status: 'approved', overrideCompliance: true, workflowNote: '有第三方销量报告' })
    // Approved, never scheduled.
    assets.approved = await createAsset(team.editor, '唇釉新色', [note('唇釉新色', CLEAN)])
    await move('approved', team.editor, 0, { status: 'in_review' })
    await move('approved', team.reviewer, 0, { status: 'approved' })
    // Two posts: one tonight, one just after midnight (the next Beijing day).
    assets.scheduled = await createAsset(team.editor, '防晒补涂', [note('防晒补涂今晚见', CLEAN), note('防晒补涂明天见', CLEAN)])
    for (const index of [0, 1]) {
      await move('scheduled', team.editor, index, { status: 'in_review' })
      await move('scheduled', team.reviewer, index, { status: 'approved' })
    }
    await move('scheduled', team.reviewer, 0, { status: 'scheduled', scheduledAt: at(20) })
    await move('scheduled', team.reviewer, 1, { status: 'scheduled', scheduledAt: at(24.5) })

    // KOL work: an active campaign with a budget, an active one without, a finished one.
    const campaign = (name: string, status: Campaign['status'], total?: number) =>
      payload.create({
        collection: 'campaigns',
        data: { name, brand: world.brand.id, type: 'seeding', status, platforms: ['xiaohongshu'], ...(total ? { budget: { total } } : {}) },
        ...as(team.kolManager),
      })
    budgeted = await campaign('秋冬面霜种草', 'active', 20_000)
    await campaign('未定预算的直播', 'active')
    await campaign('去年的联名', 'completed', 50_000)
    const kols: Kol[] = []
    for (const name of ['一号达人', '二号达人', '三号达人', '四号达人']) {
      kols.push(
        await payload.create({
          collection: 'kols',
          data: {
            name,
            kind: 'kol',
            verticals: ['skincare'],
            accounts: [{ platform: 'xiaohongshu', handle: name, followers: 20_000, rateCard: [{ format: 'xiaohongshu-image-note', price: 6_000 }] }],
          },
          ...as(team.kolManager),
        }),
      )
    }
    const shortlist = (kol: Kol, deliverables: Collaboration['deliverables']) =>
      payload.create({
        collection: 'collaborations',
        data: { campaign: budgeted.id, kol: kol.id, platform: 'xiaohongshu', stage: 'shortlisted', deliverables },
        ...as(team.kolManager),
      })
    const step = (key: string, data: Partial<Collaboration>) =>
      payload.update({ collection: 'collaborations', id: collaborations[key]!.id, data, ...as(team.kolManager) }).then((doc) => (collaborations[key] = doc))
    const due = (hours: number, publishedUrl?: string) => ({
      format: 'xiaohongshu-image-note' as const,
      dueDate: chinaDayStart(DAY, hours).toISOString(),
      publishedUrl,
    })
    // Due today at noon (and one already out); overdue from ten days ago (its URL cleared); due in ten days.
    collaborations.dueToday = await shortlist(kols[0]!, [due(12), due(10, 'https://www.xiaohongshu.com/explore/1')])
    await step('dueToday', { stage: 'contacted' })
    await step('dueToday', { stage: 'negotiating' })
    await step('dueToday', { stage: 'contracted', fee: 6_000 })
    collaborations.overdue = await shortlist(kols[1]!, [due(-10 * 24 + 12, '')])
    collaborations.later = await shortlist(kols[2]!, [due(10 * 24 + 12)])
    await step('later', { stage: 'contacted' })
    await step('later', { stage: 'negotiating' })
    collaborations.cancelled = await shortlist(kols[3]!, [due(12)])
    await step('cancelled', { stage: 'cancelled', stageNote: '档期冲突' })

    // Two shoppers' submissions waiting for moderation, the earlier one first.
    for (const title of ['早一点的晒单', '晚一点的晒单']) {
      await payload.create({ collection: 'ugc-submissions', data: { title, text: title, status: 'pending', product: world.product.id }, overrideAccess: true })
    }
  })

  it('shows an editor what waits for them, and nothing of KOL work, fees or budgets', async () => {
    const data = await dashboardOf(team.editor)
    expect(data.sections).toEqual(['returnedDrafts', 'complianceHits', 'reviewQueue', 'todaySchedule'])
    expect(data.funnel ?? data.deliverables ?? data.spend ?? data.ugcQueue).toBeUndefined()
    expect(JSON.stringify(data)).not.toMatch(/20000|6000|budget|fee/)

    // Returned drafts are the ones this editor submitted, with the reviewer's reason.
    expect(data.returnedDrafts!.items.map((item) => [item.title, item.reason, item.by])).toEqual([
      ['销量第一面霜', '请删除“全网销量第一”这类绝对化用语', 'reviewer@brand.cn'],
    ])
    expect(data.returnedDrafts!.total).toMatchObject({ count: 1, capped: false })

    // Blocking hits on drafts, returned drafts and variants in review; not on what a reviewer approved.
    expect(data.complianceHits!.items.map((item) => [item.assetTitle, item.status]).sort()).toEqual([
      ['面霜草稿', 'draft'],
      ['面霜销量', 'rejected'],
    ])
    expect(data.complianceHits!.items[0]!.hits!.map((hit) => hit.term)).toContain('全网销量第一')

    expect(data.reviewQueue!.items.map((item) => item.assetTitle)).toEqual(['面霜上新'])
    expect(data.todaySchedule!.items.map((item) => [item.title, item.at])).toEqual([['防晒补涂今晚见', at(20)]])
    expect(data.today).toBe(DAY)
  })

  it('gives a reviewer the queue oldest first, today and what still needs a date', async () => {
    // A second submission, later than the first: the queue keeps submission order.
    await move('blockedDraft', team.editor, 0, { status: 'in_review' })
    const data = await dashboardOf(team.reviewer)
    expect(data.sections).toEqual(['reviewQueue', 'approvedUnscheduled', 'todaySchedule'])
    expect(data.reviewQueue!.items.map((item) => item.assetTitle)).toEqual(['面霜上新', '面霜草稿'])
    expect(data.reviewQueue!.total.count).toBe(2)
    expect(data.approvedUnscheduled!.items.map((item) => item.assetTitle).sort()).toEqual(['唇釉新色', '面霜口碑'])
    expect(data.todaySchedule!.total.count).toBe(1)
    expect(data.returnedDrafts).toBeUndefined()
  })

  it('gives a KOL manager the funnel, the week’s deliverables, spend against budget and the UGC queue', async () => {
    const data = await dashboardOf(team.kolManager)
    expect(data.sections).toEqual(['funnel', 'deliverables', 'spend', 'ugcQueue'])
    expect(data.reviewQueue).toBeUndefined()

    const counts = Object.fromEntries(data.funnel!.pipeline.map(({ stage, count }) => [stage, count]))
    expect(counts).toMatchObject({ shortlisted: 1, contacted: 0, negotiating: 1, contracted: 1, settled: 0 })
    expect(data.funnel!.cancelled.count).toBe(1)
    expect(data.funnel!.active).toBe(3)

    expect(data.deliverables!.items.map((item) => [item.kol, item.campaign, item.overdue])).toEqual([
      ['二号达人', '秋冬面霜种草', true],
      ['一号达人', '秋冬面霜种草', false],
    ])
    expect(data.deliverables!.items[1]!.dueDay).toBe(DAY)
    expect(data.deliverables!.dueThisWeek.count).toBe(1)
    expect(data.deliverables!.overdue.count).toBe(1)

    // Only the active campaign with a budget; its committed spend is the contracted fee.
    expect(data.spend!.rows.map((row) => [row.name, row.committed, row.budget, row.remaining])).toEqual([['秋冬面霜种草', 6_000, 20_000, 14_000]])

    expect(data.ugcQueue!.total.count).toBe(2)
    expect(data.ugcQueue!.oldest?.title).toBe('早一点的晒单')
  })

  it('shows an administrator every section and everyone’s returned drafts', async () => {
    const data = await dashboardOf(team.admin)
    expect(data.sections).toHaveLength(9)
    expect(data.returnedDrafts!.items.map((item) => item.title).sort()).toEqual(['销量第一面霜', '防晒实测'].sort())
    expect(data.spend!.rows[0]!.budget).toBe(20_000)
  })

  it('links every number to a list that shows exactly that many rows for that user', async () => {
    const checks: [User, Counted][] = []
    const collect = (user: User, data: DashboardData) => {
      for (const section of [data.returnedDrafts, data.complianceHits, data.reviewQueue, data.approvedUnscheduled, data.todaySchedule, data.ugcQueue]) {
        if (section) checks.push([user, section.total])
      }
      if (data.deliverables) checks.push([user, data.deliverables.dueThisWeek], [user, data.deliverables.overdue])
      if (data.spend) checks.push([user, data.spend.total])
      for (const bar of [...(data.funnel?.pipeline ?? []), ...(data.funnel ? [data.funnel.cancelled] : [])]) {
        checks.push([user, { count: bar.count, href: bar.href, capped: false }])
      }
    }
    for (const user of [team.editor, team.reviewer, team.kolManager, team.admin]) collect(user, await dashboardOf(user))
    expect(checks.length).toBeGreaterThan(25)
    for (const [user, total] of checks) expect({ href: total.href, rows: await rowsBehind(total, user) }).toEqual({ href: total.href, rows: total.count })

    const [row] = (await dashboardOf(team.kolManager)).spend!.rows
    const committed = parse(new URL(row!.committedHref, 'http://cms.test').search, { depth: 10, ignoreQueryPrefix: true }) as { where: never }
    const contracted = await payload.find({ collection: 'collaborations', where: committed.where, ...as(team.kolManager) })
    expect(contracted.docs.map((doc) => doc.id)).toEqual([collaborations.dueToday!.id])
  })

  it('charts the most committed of many budgeted campaigns and links to all of them', async () => {
    for (let index = 1; index <= CAMPAIGNS_SHOWN; index++) {
      await payload.create({
        collection: 'campaigns',
        data: {
          name: `小预算活动 ${index}`,
          brand: world.brand.id,
          type: 'seeding',
          status: 'active',
          platforms: ['xiaohongshu'],
          budget: { total: 1_000 * index },
        },
        ...as(team.kolManager),
      })
    }
    const { spend } = await dashboardOf(team.kolManager)
    expect(spend!.rows).toHaveLength(CAMPAIGNS_SHOWN)
    expect(spend!.rows[0]!.name).toBe('秋冬面霜种草')
    expect(spend!.rows.map((row) => row.name)).not.toContain('未定预算的直播')
    expect(spend!.total.count).toBe(CAMPAIGNS_SHOWN + 1)
    expect(await rowsBehind(spend!.total, team.kolManager)).toBe(CAMPAIGNS_SHOWN + 1)
  })

  it('shows the other sections when one cannot be read, and logs why', async () => {
    const find = payload.find.bind(payload)
    const logged = vi.spyOn(payload.logger, 'error').mockImplementation(() => undefined)
    const failing = vi
      .spyOn(payload, 'find')
      .mockImplementation(((args: Parameters<typeof find>[0]) =>
        args.collection === 'ugc-submissions' ? Promise.reject(new Error('database unavailable')) : find(args)) as typeof payload.find)
    try {
      const data = await dashboardOf(team.kolManager)
      expect(data.failed).toEqual(['ugcQueue'])
      expect(data.ugcQueue).toBeUndefined()
      expect(data.funnel!.active).toBe(3)
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ section: 'ugcQueue' }), expect.any(String))
    } finally {
      failing.mockRestore()
      logged.mockRestore()
    }
  })
})
