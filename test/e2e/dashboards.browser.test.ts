import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Collaboration, ContentAsset, User } from '../../src/payload-types'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { seed } from '../../seed/seed'
import { chinaDayOf, chinaDayStart } from '../../src/calendar/chinaTime'
import { FORMAT_IDS, FORMAT_RULES } from '../../src/platforms'
import { expectAccessible, launchChromium, saveScreenshot, signIn, watchCspViolations } from '../support/browser'
import { freshDatabaseUri, freshMediaDir } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

const DASHBOARD = '.role-dashboard'
const MINUTE = 60_000

/** The section headings of each role's dashboard (the same for an administrator, who sees all). */
const HEADINGS = {
  editor: ['退回修改', '合规问题', '待审核', '今日排期'],
  reviewer: ['待审核', '已通过待排期', '今日排期'],
  kolManager: ['合作漏斗', '本周交付', '活动预算', '待审核投稿'],
}
const ALL_HEADINGS = [...new Set(Object.values(HEADINGS).flat())]

/**
 * An administrator confirms an approved post as published just now, i.e. earlier today in
 * Beijing whatever the hour (a schedule must lie in the future, which near midnight is tomorrow).
 */
async function publishedEarlierToday(payload: Payload, admin: User): Promise<{ title: string; at: Date }> {
  const at = new Date()
  const { docs } = await payload.find({ collection: 'content-assets', where: { 'variants.status': { equals: 'approved' } }, limit: 1, sort: 'title', depth: 0 })
  const asset = docs[0] as ContentAsset
  const index = asset.variants!.findIndex((variant) => variant.status === 'approved')
  await payload.update({
    collection: 'content-assets',
    id: asset.id,
    data: {
      variants: asset.variants!.map((variant, position) =>
        position === index ? { ...variant, status: 'published', scheduledAt: at.toISOString(), platformPostId: 'e2e-dashboard-today' } : variant,
      ),
    },
    user: admin,
    overrideAccess: false,
  })
  return { title: asset.variants![index]!.title || asset.title, at }
}

/** Two of the demo's open collaborations get a deliverable due today and one due three days ago. */
async function dueThisWeek(payload: Payload, kolManager: User): Promise<{ today: string; overdue: string }> {
  const today = chinaDayOf(new Date())
  const open = await payload.find({ collection: 'collaborations', where: { stage: { in: ['briefed', 'contracted'] } }, sort: 'title', limit: 2, depth: 0 })
  const [dueToday, overdue] = open.docs
  // A deliverable's format is one of its collaboration's platform.
  const set = ({ id, platform }: Collaboration, dueDate: Date) =>
    payload.update({
      collection: 'collaborations',
      id,
      data: { deliverables: [{ format: FORMAT_IDS.find((format) => FORMAT_RULES[format].channel === platform)!, dueDate: dueDate.toISOString() }] },
      user: kolManager,
      overrideAccess: false,
    })
  await set(dueToday!, chinaDayStart(today, 18))
  await set(overdue!, new Date(chinaDayStart(today, 12).getTime() - 3 * 24 * 60 * MINUTE))
  return { today: dueToday!.title!, overdue: overdue!.title! }
}

const card = (page: Page, section: string) => page.locator(`${DASHBOARD} [data-section="${section}"]`)

/**
 * How many rows the admin list now shown holds over all its pages: the n of its "1-10 of n" (a
 * page shows 10 rows); none while the list is loading or empty.
 */
async function listTotal(page: Page): Promise<number | null> {
  const info = page.locator('.page-controls__page-info')
  if ((await info.count()) === 0) return null
  const total = (await info.first().innerText()).match(/(\d+)\s*$/)
  return total ? Number(total[1]) : null
}

/** A bar of a section's chart, by its row's key (a stage, a campaign's id). */
const bar = (page: Page, section: string, key: string) => card(page, section).locator(`[data-bar="${key}"]`)

/** Clicks a section's number (the `nth` of the section) and expects the list it opens to hold that many rows. */
async function openNumber(page: Page, section: string, nth = 0): Promise<number> {
  const link = card(page, section).locator('a.role-dashboard__count').nth(nth)
  const count = Number(await link.locator('.role-dashboard__count-value').innerText())
  expect(count).toBeGreaterThan(0)
  await link.click()
  await page.waitForURL(/\/admin\/collections\/[^/?]+\?where/)
  await expect.poll(() => listTotal(page), { timeout: 60_000 }).toBe(count)
  return count
}

describe('each staff role’s dashboard, in the admin', () => {
  let server: RunningServer
  let browser: Browser
  let postToday: { title: string; at: Date }
  let deliverables: { today: string; overdue: string }

  const open = async (email: string) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    const blocked = watchCspViolations(page)
    await signIn(page, server.url, email, DEMO_PASSWORD)
    await page.locator(DASHBOARD).waitFor()
    return { page, blocked }
  }

  const expectSections = async (page: Page, shown: string[]) => {
    const headings = page.locator(`${DASHBOARD} h4`)
    await expect.poll(() => headings.allInnerTexts()).toEqual(expect.arrayContaining(shown))
    expect((await headings.allInnerTexts()).filter((heading) => !shown.includes(heading))).toEqual([])
  }

  const backToDashboard = async (page: Page) => {
    await page.goto(`${server.url}/admin`)
    await page.locator(DASHBOARD).waitFor()
  }

  beforeAll(async () => {
    const databaseUri = freshDatabaseUri('dashboards-browser')
    const mediaDir = freshMediaDir('dashboards-browser')
    server = await startServer({ label: 'dashboards-browser', mode: 'production', databaseUri, env: { MEDIA_DIR: mediaDir } })
    // Production never seeds: a Payload of the test's own writes the demo data on the server's
    // migrated database, plus what the demo may lack at this hour (a post out today, deliverables due).
    process.env.JOBS_RUNNER = 'false'
    const payload = await startTestPayload('dashboards-browser', { pushSchema: false, databaseUri, mediaDir })
    try {
      await seed(payload)
      const user = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })).docs[0] as User
      postToday = await publishedEarlierToday(payload, await user('admin@zhongcao.local'))
      deliverables = await dueThisWeek(payload, await user('kol@zhongcao.local'))
    } finally {
      await payload.destroy()
      delete process.env.JOBS_RUNNER
    }
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows an editor returned drafts, compliance issues, the review queue and today’s schedule', { timeout: 5 * MINUTE }, async () => {
    const { page, blocked } = await open('editor@zhongcao.local')
    await expectSections(page, HEADINGS.editor)
    await expect.poll(() => card(page, 'returnedDrafts').innerText()).toContain('理由：')
    await expect.poll(() => card(page, 'complianceHits').innerText()).toContain('绝对化用语')
    // Today's post: its Beijing time and its channel's colour.
    const post = card(page, 'todaySchedule').locator('li', { hasText: postToday.title })
    await expect.poll(() => post.locator('time').innerText()).toBe(new Date(postToday.at.getTime() + 8 * 60 * MINUTE).toISOString().slice(11, 16))
    expect(await post.locator('.role-dashboard__chip').evaluate((chip) => getComputedStyle(chip).color)).toBe('rgb(255, 255, 255)')
    await saveScreenshot(page, 'dashboard-editor')
    await expectAccessible(page, DASHBOARD)

    // The assets with compliance issues are linked by id; the review queue by the variants' status.
    await openNumber(page, 'complianceHits')
    await saveScreenshot(page, 'dashboard-editor-compliance-hits')
    await backToDashboard(page)
    await openNumber(page, 'reviewQueue')
    await saveScreenshot(page, 'dashboard-editor-review-queue')
    expect(blocked).toEqual([])
    await page.close()
  })

  it('shows a reviewer the queue, approved posts without a date and today’s schedule', async () => {
    const { page } = await open('reviewer@zhongcao.local')
    await expectSections(page, HEADINGS.reviewer)
    await expect.poll(() => card(page, 'todaySchedule').innerText()).toContain(postToday.title)
    await saveScreenshot(page, 'dashboard-reviewer')
    await expectAccessible(page, DASHBOARD)

    await openNumber(page, 'approvedUnscheduled')
    await saveScreenshot(page, 'dashboard-reviewer-approved')

    // In English once the reviewer picks it (Payload's language cookie).
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
    await backToDashboard(page)
    await page.getByRole('heading', { name: 'My work' }).waitFor()
    await expectSections(page, ['Waiting for review', 'Approved, not scheduled', 'Today’s schedule'])
    await saveScreenshot(page, 'dashboard-reviewer-english')
    await page.close()
  })

  // Four lists opened in turn, each waited for up to a minute on a loaded machine.
  it('shows a KOL manager the funnel, the week’s deliverables, spend against budget and the UGC queue', { timeout: 5 * MINUTE }, async () => {
    const { page, blocked } = await open('kol@zhongcao.local')
    await expectSections(page, HEADINGS.kolManager)
    const due = card(page, 'deliverables')
    await expect.poll(() => due.locator('li', { hasText: deliverables.overdue }).innerText()).toContain('已逾期')
    expect(await due.locator('li', { hasText: deliverables.today }).innerText()).not.toContain('已逾期')
    // Every stage in pipeline order in the chart's table, cancelled last and apart.
    const stages = await card(page, 'funnel').locator('tbody th').allInnerTexts()
    expect(stages[0]).toBe('初选')
    expect(stages.at(-1)).toBe('已取消')
    await card(page, 'funnel').locator('[data-bar]').first().waitFor()
    await saveScreenshot(page, 'dashboard-kol-manager')
    await expectAccessible(page, DASHBOARD)

    // A bar of the funnel opens its stage's collaborations: as many as the table says.
    const settled = Number(await card(page, 'funnel').locator('tr', { hasText: '已结算' }).locator('td').innerText())
    expect(settled).toBeGreaterThan(0)
    await bar(page, 'funnel', 'settled').click()
    await page.waitForURL(/where\[stage\]\[equals\]=settled/)
    await expect.poll(() => listTotal(page), { timeout: 60_000 }).toBe(settled)
    await saveScreenshot(page, 'dashboard-kol-manager-settled')

    await backToDashboard(page)
    await openNumber(page, 'deliverables', 1)
    await saveScreenshot(page, 'dashboard-kol-manager-overdue')
    await backToDashboard(page)
    await openNumber(page, 'ugcQueue')
    expect(blocked).toEqual([])
    await page.close()
  })

  it('shows an administrator every section and lets the spend chart open a campaign’s contracted collaborations', { timeout: 5 * MINUTE }, async () => {
    const { page } = await open('admin@zhongcao.local')
    await expectSections(page, ALL_HEADINGS)
    await card(page, 'spend').locator('[data-bar]').first().waitFor()
    await saveScreenshot(page, 'dashboard-admin')
    await expectAccessible(page, DASHBOARD)

    // The table's first campaign (the most committed): its committed spend links to the same list as its bar.
    const firstRow = card(page, 'spend').locator('tbody tr').first()
    const campaignId = (await firstRow.locator('th a').getAttribute('href'))!.split('/').pop()!
    const committedHref = await firstRow.locator('td a').first().getAttribute('href')
    await bar(page, 'spend', campaignId).click()
    await page.waitForURL((url) => `${url.pathname}${url.search}` === committedHref)
    await expect.poll(() => listTotal(page), { timeout: 60_000 }).toBeGreaterThan(0)
    await saveScreenshot(page, 'dashboard-admin-committed')
    // An administrator's returned drafts are everyone's, linked by the variants' status.
    await backToDashboard(page)
    await openNumber(page, 'returnedDrafts')
    await page.close()
  })
})
