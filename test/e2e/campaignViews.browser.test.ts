import type { Browser, Locator, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Collaboration } from '../../src/payload-types'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { seed } from '../../seed/seed'
import { KOL_FIT_EXCLUSIONS_QUERY, KOL_FIT_RANKING_QUERY, type ExclusionsAnswer, type RankingAnswer } from '../../src/campaigns/queries'
import { expectAccessible, launchChromium, saveScreenshot, signIn, watchCspViolations } from '../support/browser'
import { graphql, login } from '../support/http'
import { freshDatabaseUri, freshMediaDir } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

/** Two of the seeded demo campaigns (seed/campaigns.ts). */
const CO_BRANDED = '花漾 × 敦煌 联名唇釉上市'
/** Its collaborations stand one at each stage, on 小红书, with a budget of ¥400,000. */
const SEEDING = '轻透防晒 小红书种草季'
/** One of its collaborations is shortlisted, on 抖音. */
const LIVE_STREAM = '小禾萌宝 618 宝妈专场直播'

const COMPONENT_LABELS = ['人群匹配', '垂类相关', '互动表现', '粉丝真实度', '成本效率', '合作口碑']

async function filterToXiaohongshuTailAndMid(page: Page) {
  await page.getByLabel('平台', { exact: true }).selectOption({ label: '小红书' })
  await page.getByLabel('尾部', { exact: true }).check()
  await page.getByLabel('腰部', { exact: true }).check()
  await page.getByRole('button', { name: '筛选', exact: true }).click()
}

describe('the campaign views of a KOL manager, in the admin', () => {
  let server: RunningServer
  let browser: Browser
  let api: Record<string, string>
  const campaigns: Record<string, number> = {}

  const rest = async <T>(path: string): Promise<T> => (await fetch(`${server.url}/api${path}`, { headers: api })).json() as Promise<T>
  const collaboration = (id: number | string) => rest<Collaboration>(`/collaborations/${id}?depth=0`)

  const open = async (email: string) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    await signIn(page, server.url, email, DEMO_PASSWORD)
    return page
  }
  /** The view's root once React has hydrated it: server-rendered controls do nothing before that. */
  const hydrated = (page: Page, view: 'ranking' | 'pipeline') => page.locator(`.campaign-${view}[data-ready]`).waitFor()
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement)
  const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`)
  const card = (page: Page, stage: string, kol: string) => column(page, stage).locator('.pipeline-card', { hasText: kol })

  beforeAll(async () => {
    const databaseUri = freshDatabaseUri('campaign-views')
    const mediaDir = freshMediaDir('campaign-views')
    // No job runner in the server: its queue writes would contend with the seeding below for
    // SQLite's one writer, and nothing here is scheduled.
    server = await startServer({ label: 'campaign-views', mode: 'production', databaseUri, env: { MEDIA_DIR: mediaDir, JOBS_RUNNER: 'false' } })
    // Production never seeds: the demo data is written by a Payload of the test's own on the
    // server's (migrated) database, as `npm run seed` would, running no jobs either.
    process.env.JOBS_RUNNER = 'false'
    const payload = await startTestPayload('campaign-views', { pushSchema: false, databaseUri, mediaDir })
    try {
      await seed(payload)
    } finally {
      await payload.destroy()
      delete process.env.JOBS_RUNNER
    }
    // The seed is another process's commit: wait until the server lets the demo KOL manager in
    // (at once in every run since; a stale read was seen once, see docs/campaigns.md).
    await vi.waitFor(
      async () => {
        const { status, body } = await login(server.url, 'kol@zhongcao.local')
        expect(status).toBe(200)
        api = { Authorization: `JWT ${body.token}` }
      },
      { timeout: 60_000, interval: 500 },
    )
    for (const name of [CO_BRANDED, SEEDING, LIVE_STREAM]) {
      const { docs } = await rest<{ docs: { id: number }[] }>(`/campaigns?where[name][equals]=${encodeURIComponent(name)}&depth=0`)
      campaigns[name] = docs[0]!.id
    }
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('ranks KOLs for a campaign, filters them, opens a breakdown and shortlists one onto the board', async () => {
    const page = await open('kol@zhongcao.local')
    const blocked = watchCspViolations(page)
    await page.goto(`${server.url}/admin/collections/campaigns/${campaigns[CO_BRANDED]}`)
    await page.getByRole('link', { name: '达人匹配' }).click()
    await page.waitForURL(new RegExp(`/campaigns/${campaigns[CO_BRANDED]}/ranking$`))
    await hydrated(page, 'ranking')
    const rows = page.locator('.ranked-kol')
    await rows.first().waitFor({ timeout: 60_000 })
    await expect.poll(() => page.locator('.campaign-ranking__status').innerText()).toMatch(/共 \d+ 个账号入围/)
    const unfiltered = Number((await page.locator('.campaign-ranking__status').innerText()).match(/共 (\d+) 个/)![1])
    await expectAccessible(page, '.campaign-ranking')
    await saveScreenshot(page, 'campaign-ranking')

    // Narrowed to 小红书 accounts of the 尾部 and 腰部 tiers: the same ranking the API gives for these filters.
    await filterToXiaohongshuTailAndMid(page)
    const { body } = await graphql(server.url, KOL_FIT_RANKING_QUERY, api, {
      campaign: String(campaigns[CO_BRANDED]),
      platform: 'xiaohongshu',
      limit: 10,
      offset: 0,
      filters: { tiers: ['tail', 'mid'] },
    })
    const expected = (body.data as RankingAnswer).kolFitRanking
    expect(expected.total).toBeGreaterThan(0)
    expect(expected.total).toBeLessThan(unfiltered)
    await expect.poll(() => page.locator('.campaign-ranking__status').innerText()).toContain(`共 ${expected.total} 个账号入围`)
    await expect
      .poll(() => rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-kol'))))
      .toEqual(expected.items.map((item) => item.kol.name))
    const metas = await rows.locator('.ranked-kol__meta').allInnerTexts()
    expect(metas.length).toBeGreaterThan(0)
    for (const meta of metas) expect(meta).toMatch(/小红书[\s\S]*(尾部|腰部)/)
    const scores = (await rows.locator('.ranked-kol__score strong').allInnerTexts()).map(Number)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    // Each row's bar has a segment per component that adds points, and reads out as a sentence.
    const first = rows.first()
    const top = expected.items[0]!
    expect(await first.locator('.score-bar__segment').count()).toBe(top.breakdown.filter((part) => part.applicable && part.contribution > 0).length)
    expect(await first.getByRole('img').getAttribute('aria-label')).toMatch(new RegExp(`^匹配分 ${top.score}：人群匹配`))

    // The breakdown of an account with an estimated component: each component with its inputs,
    // value, weight, points and note, the estimates marked.
    const explained = expected.items.findIndex((item) => item.breakdown.some((part) => part.estimated))
    expect(explained).toBeGreaterThanOrEqual(0)
    const row = expected.items[explained]!
    await rows.nth(explained).getByRole('button', { name: '查看明细' }).click()
    const breakdown = rows.nth(explained).locator('.fit-breakdown')
    await expect.poll(() => breakdown.locator('tbody th[scope=row]').allInnerTexts()).toEqual(COMPONENT_LABELS.map((label) => expect.stringContaining(label)))
    await expect.poll(() => breakdown.innerText()).toContain(`匹配分 ${row.score} / 100`)
    await expect.poll(() => breakdown.locator('tr[data-component="authenticity"]').innerText()).toContain('水粉率')
    const cost = row.breakdown.find((part) => part.component === 'cost')!
    expect(await breakdown.locator('tr[data-component="cost"] td').nth(3).innerText()).toBe(cost.contribution.toFixed(1))
    const estimated = row.breakdown.filter((component) => component.estimated)
    expect(estimated.length).toBeGreaterThan(0)
    for (const part of estimated) expect(await breakdown.locator(`tr[data-component="${part.component}"]`).innerText()).toContain('估算')
    await expectAccessible(page, '.campaign-ranking')
    await saveScreenshot(page, 'campaign-breakdown')

    // The accounts left out are read only once their list is opened, a page at a time, with the reasons.
    const excludedList = page.locator('.campaign-ranking__excluded')
    expect(await excludedList.locator('summary').innerText()).toBe('未入围的达人账号')
    expect(await excludedList.locator('li').count()).toBe(0)
    const exclusions = await graphql(server.url, KOL_FIT_EXCLUSIONS_QUERY, api, {
      campaign: String(campaigns[CO_BRANDED]),
      platform: 'xiaohongshu',
      filters: { tiers: ['tail', 'mid'] },
      limit: 50,
      offset: 0,
    })
    const left = (exclusions.body.data as ExclusionsAnswer).kolFitRanking
    expect(left.excludedTotal).toBeGreaterThan(0)
    await excludedList.locator('summary').click()
    await expect.poll(() => excludedList.locator('summary').innerText()).toBe(`未入围的达人账号（${left.excludedTotal}）`)
    await expect.poll(() => excludedList.locator('li strong').allInnerTexts()).toEqual(left.excluded.map((excluded) => excluded.kol.name))
    expect(await excludedList.locator('li').first().innerText()).toContain(left.excluded[0]!.reasons[0]!.message.zh)
    await expectAccessible(page, '.campaign-ranking')

    // 加入初选 creates the collaboration through the collection, which snapshots the fit.
    const kol = (await rows
      .filter({ has: page.getByRole('button', { name: '加入初选' }) })
      .first()
      .getAttribute('data-kol'))!
    // One account per KOL in a 小红书 ranking: the row is the KOL's.
    const pick = page.locator(`.ranked-kol[data-kol="${kol}"]`)
    await pick.getByRole('button', { name: '加入初选' }).click()
    await pick.getByText('已在看板：初选').waitFor()
    // The button gave way to the link to the board: the focus is there, and the change is announced.
    await expect.poll(() => isFocused(pick.getByRole('link', { name: '在看板中查看' }))).toBe(true)
    await expect.poll(() => page.locator('.campaign-ranking [role="status"]').innerText()).toBe(`「${kol}」已加入初选。`)
    const { docs } = await rest<{ docs: Collaboration[] }>(
      `/collaborations?where[campaign][equals]=${campaigns[CO_BRANDED]}&where[platform][equals]=xiaohongshu&where[stage][equals]=shortlisted&depth=1`,
    )
    const created = docs.find((doc) => typeof doc.kol === 'object' && doc.kol?.name === kol)!
    expect(created).toBeDefined()
    expect(created.fitSnapshot).toMatchObject({ eligible: true, score: expect.any(Number) })

    await pick.getByRole('link', { name: '在看板中查看' }).click()
    await page.waitForURL(new RegExp(`/campaigns/${campaigns[CO_BRANDED]}/pipeline$`))
    await card(page, 'shortlisted', kol).waitFor()
    // Back on the ranking, the KOL is shown as in the pipeline rather than offered again.
    await page.getByRole('link', { name: '达人匹配' }).click()
    await hydrated(page, 'ranking')
    await filterToXiaohongshuTailAndMid(page)
    await page.locator(`.ranked-kol[data-kol="${kol}"]`).first().getByText('已在看板：初选').waitFor()
    expect(blocked).toEqual([])
    await page.close()
  })

  it('moves a collaboration on by dragging it, explains a refused move in Chinese and keeps the card in place', async () => {
    const page = await open('kol@zhongcao.local')
    await page.goto(`${server.url}/admin/collections/campaigns/${campaigns[SEEDING]}/pipeline`)
    await hydrated(page, 'pipeline')
    await expect
      .poll(() => page.locator('section.pipeline-column h3').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^初选/),
        expect.stringMatching(/^已联系/),
        expect.stringMatching(/^洽谈中/),
        expect.stringMatching(/^已签约/),
        expect.stringMatching(/^已下 brief/),
        expect.stringMatching(/^已交稿/),
        expect.stringMatching(/^待修改/),
        expect.stringMatching(/^稿件通过/),
        expect.stringMatching(/^已发布/),
        expect.stringMatching(/^已回收数据/),
        expect.stringMatching(/^已结算/),
        expect.stringMatching(/^已取消/),
      ])
    await expectAccessible(page, '.campaign-pipeline')
    await saveScreenshot(page, 'campaign-board')

    // Drag the shortlisted card: while it is held, the stages it may go to are highlighted.
    const shortlisted = column(page, 'shortlisted').locator('.pipeline-card').first()
    const kol = (await shortlisted.locator('.pipeline-card__title a').innerText()).trim()
    const id = (await shortlisted.getAttribute('data-collaboration'))!
    // Held by its figures: a press on the card's select or link would use those instead.
    await shortlisted.locator('.pipeline-card__facts').hover()
    await page.mouse.down()
    const target = (await column(page, 'contacted').boundingBox())!
    await page.mouse.move(target.x + target.width / 2, target.y + 20, { steps: 5 })
    await expect.poll(() => column(page, 'contacted').getAttribute('class')).toContain('pipeline-column--allowed')
    await expect.poll(() => column(page, 'contracted').getAttribute('class')).toContain('pipeline-column--blocked')
    await page.mouse.up()
    await card(page, 'contacted', kol).waitFor()
    expect(await card(page, 'shortlisted', kol).count()).toBe(0)
    expect((await collaboration(id)).stage).toBe('contacted')

    // Skipping stages: the server refuses, the card says why and stays where it was.
    await card(page, 'contacted', kol).locator('.pipeline-card__facts').dragTo(column(page, 'contracted'))
    const refusal = card(page, 'contacted', kol).getByRole('alert')
    await expect.poll(() => refusal.innerText()).toContain('合作不能从「已联系」改为「已签约」。')
    expect(await card(page, 'contracted', kol).count()).toBe(0)
    expect((await collaboration(id)).stage).toBe('contacted')
    await expectAccessible(page, '.campaign-pipeline')
    await saveScreenshot(page, 'campaign-board-refused')

    // Without a mouse: "移到…" per card. Contracting asks for the fee, which must fit the budget.
    const negotiator = (await column(page, 'negotiating').locator('.pipeline-card__title a').first().innerText()).trim()
    const negotiating = card(page, 'negotiating', negotiator)
    const moveSelect = negotiating.getByLabel(`把「${negotiator}」移到…`)
    await moveSelect.selectOption({ label: '已签约' })
    await negotiating.getByRole('button', { name: '移动' }).click()
    const dialog = page.getByRole('dialog', { name: `把「${negotiator}」移到「已签约」` })
    await expectAccessible(page, '.pipeline-dialog')
    await dialog.getByLabel('合作费用（元）').fill('9000000')
    await dialog.getByRole('button', { name: '确认' }).click()
    await expect.poll(() => negotiating.getByRole('alert').innerText()).toMatch(/合作费用 ¥9,000,000 超出活动剩余预算 ¥[\d,]+。/)
    // Refused: the focus is back on the card's choice of stage, not lost with the disabled button.
    await expect.poll(() => isFocused(moveSelect)).toBe(true)
    // A fee within the budget: the card moves, and the focus follows it to its new column.
    await negotiating.getByRole('button', { name: '移动' }).click()
    await dialog.getByLabel('合作费用（元）').fill('5000')
    await dialog.getByRole('button', { name: '确认' }).click()
    const contracted = card(page, 'contracted', negotiator)
    await contracted.waitFor()
    await expect.poll(() => isFocused(contracted.locator('.pipeline-card__title a'))).toBe(true)

    // Cancelling asks for the reason, which the server requires too. Called off, the dialog hands
    // the focus back to the button that opened it.
    const contacted = card(page, 'contacted', kol)
    await contacted.getByLabel(`把「${kol}」移到…`).selectOption({ label: '已取消' })
    await contacted.getByRole('button', { name: '移动' }).click()
    const cancel = page.getByRole('dialog', { name: `把「${kol}」移到「已取消」` })
    await cancel.getByRole('button', { name: '返回' }).click()
    await cancel.waitFor({ state: 'detached' })
    await expect.poll(() => isFocused(contacted.getByRole('button', { name: '移动' }))).toBe(true)
    await contacted.getByRole('button', { name: '移动' }).click()
    await cancel.getByRole('button', { name: '确认' }).click()
    await cancel.getByText('取消合作请填写原因。').waitFor()
    const reason = cancel.getByLabel('取消原因')
    expect(await reason.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await reason.getAttribute('aria-describedby'))!.split(' ')
    expect(await Promise.all(describedBy.map((describing) => page.locator(`[id="${describing}"]`).innerText()))).toContain('取消合作请填写原因。')
    await expectAccessible(page, '.pipeline-dialog')
    await reason.fill('品牌调整投放节奏')
    await cancel.getByRole('button', { name: '确认' }).click()
    // The cancelled row opens to show the card, which has the focus.
    await card(page, 'cancelled', kol).waitFor()
    await expect.poll(() => isFocused(card(page, 'cancelled', kol).locator('.pipeline-card__title a'))).toBe(true)
    expect((await collaboration(id)).stage).toBe('cancelled')
    await page.close()
  })

  it('shows the campaign report as charts, each with its figures as text', async () => {
    const page = await open('kol@zhongcao.local')
    await page.goto(`${server.url}/admin/collections/campaigns/${campaigns[CO_BRANDED]}/report`)
    const cpe = page.locator('figure[data-chart="report-cpe"]')
    await cpe.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 60_000 })
    const { body } = await graphql(
      server.url,
      `
        query ($campaign: ID!) {
          campaignReport(campaign: $campaign) {
            funnel {
              label {
                zh
              }
              count
            }
            byKol {
              kolName
              cpe
              roi
            }
          }
        }
      `,
      api,
      {
        campaign: String(campaigns[CO_BRANDED]),
      },
    )
    const answer = (
      body.data as {
        campaignReport: { funnel: { label: { zh: string }; count: number }[]; byKol: { kolName: string; cpe: number | null; roi: number | null }[] }
      }
    ).campaignReport
    const byKol = answer.byKol.filter((row) => row.cpe !== null || row.roi !== null)
    expect(byKol.length).toBeGreaterThan(0)
    // The text alternative holds the same figures as the API.
    await expect.poll(() => cpe.locator('table tbody th').allTextContents()).toEqual(byKol.map((row) => row.kolName))
    expect(await page.locator('figure[data-chart="report-roi"] table tbody td').allTextContents()).toEqual(
      byKol.map((row) => (row.roi === null ? '—' : row.roi.toFixed(2))),
    )
    // The pipeline funnel: a bar per stage, its table the API's counts.
    const funnel = page.locator('figure[data-chart="report-funnel"]')
    expect(answer.funnel.some((step) => step.count > 0)).toBe(true)
    await funnel.locator('.recharts-bar-rectangle').first().waitFor()
    expect(await funnel.locator('table tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent))).toEqual(
      answer.funnel.map((step) => `${step.label.zh}${step.count}`),
    )
    await page.locator('figure[data-chart="report-mix"] .recharts-pie-sector').first().waitFor()
    expect(await page.locator('figure[data-chart="report-mix"] figcaption').innerText()).toMatch(/^平台分布/)
    // KPI bars against the campaign's targets, spend against its budget.
    const kpis = page.locator('.kpi-progress [role="progressbar"]')
    await expect.poll(() => kpis.count()).toBe(5)
    expect(await page.locator('li[data-kpi="reach"] [role="progressbar"]').getAttribute('aria-valuetext')).toMatch(/ \/ 目标 8,000,000/)
    expect(await page.locator('li[data-kpi="spend"] [role="progressbar"]').getAttribute('aria-valuetext')).toMatch(/^¥[\d,]+ \/ 目标 ¥600,000/)
    await expectAccessible(page, '.campaign-report')
    await saveScreenshot(page, 'campaign-report')
    await page.close()
  })

  it('speaks English to a KOL manager who chose English, refusals from the server included', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#field-email').fill('kol@zhongcao.local')
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.locator('#field-password').press('Enter')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.goto(`${server.url}/admin/collections/campaigns/${campaigns[LIVE_STREAM]}/pipeline`)
    await page.getByRole('heading', { name: 'Pipeline board' }).waitFor()
    await hydrated(page, 'pipeline')
    for (const name of ['KOL fit', 'Pipeline', 'Report']) await page.locator('.doc-tabs').getByText(name, { exact: true }).waitFor()
    const shortlisted = column(page, 'shortlisted').locator('.pipeline-card').first()
    const kol = (await shortlisted.locator('.pipeline-card__title a').innerText()).trim()
    await shortlisted.locator('.pipeline-card__facts').dragTo(column(page, 'contracted'))
    await expect
      .poll(() => card(page, 'shortlisted', kol).getByRole('alert').innerText())
      .toContain('A collaboration cannot move from “Shortlisted” to “Contracted”.')
    await page.close()
  })

  it('keeps the campaign views from an editor', async () => {
    const page = await open('editor@zhongcao.local')
    await page.goto(`${server.url}/admin/collections/campaigns/${campaigns[CO_BRANDED]}`)
    await page.getByRole('link', { name: 'API' }).waitFor()
    const tabs = page.locator('.doc-tabs')
    for (const name of ['达人匹配', '合作看板', '活动报告']) expect(await tabs.getByText(name).count()).toBe(0)
    for (const view of ['ranking', 'pipeline', 'report']) {
      await page.goto(`${server.url}/admin/collections/campaigns/${campaigns[CO_BRANDED]}/${view}`)
      await page.getByRole('heading', { name: '仅限达人经理和管理员' }).waitFor()
      expect(await page.locator('.campaign-ranking, .campaign-pipeline, .campaign-report').count()).toBe(0)
    }
    await expectAccessible(page, '.campaign-view--refused')
    await saveScreenshot(page, 'campaign-views-editor')
    await page.close()
  })
})
