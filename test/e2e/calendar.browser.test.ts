import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { ContentAsset } from '../../src/payload-types'

import { addDays, chinaDayOf, chinaDayStart, formatChinaTime } from '../../src/calendar/chinaTime'
import { visibleDays } from '../../src/calendar/grid'
import { expectAccessible, launchChromium, saveScreenshot, signIn, watchCspViolations } from '../support/browser'
import { seed } from '../../seed/seed'
import { login } from '../support/http'
import { freshDatabaseUri, freshMediaDir } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

type Variant = NonNullable<ContentAsset['variants']>[number]

const PASSWORD = 'zhongcao-demo-2026'
const BRAND = '花漾研究所'
const WARNING = '当天已有 2 条公众号群发：订阅号每天只能群发一次'
/** The demo asset with a WeChat article and a Xiaohongshu note (seed/contentAssets.ts). */
const DEMO_ASSET = '秋冬干皮修护指南：极致修护面霜深度测评'
/** A sponsored demo asset whose 视频号 draft has no platform order, so it must say 广告. */
const SPONSORED_ASSET = '夏日防晒：轻透防晒乳通勤实测'

/** The Beijing days the scenario uses; two days ahead, so every time on them is in the future. */
const today = chinaDayOf(new Date())
const DAY = addDays(today, 2)
const days = (count: number) => Array.from({ length: count }, (_, offset) => addDays(DAY, offset))
/** The month whose six-week grid shows every day used (the next one late in a month). */
const needsNextMonth = !days(5).every((day) => visibleDays('month', today).includes(day))

describe('content calendar and variant preview, in the admin', () => {
  let server: RunningServer
  let browser: Browser
  const tokens: Record<'editor' | 'reviewer', string> = { editor: '', reviewer: '' }
  const ids = { scheduledArticle: 0, trayArticle: 0, weibo: 0 }

  const request = async (who: keyof typeof tokens, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { Authorization: `JWT ${tokens[who]}`, 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = await response.json()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`)
    return answer
  }
  const readAsset = async (id: number): Promise<ContentAsset> => request('reviewer', 'GET', `/content-assets/${id}?depth=0`)
  const findAsset = async (title: string): Promise<ContentAsset> =>
    (await request('editor', 'GET', `/content-assets?where[title][equals]=${encodeURIComponent(title)}&depth=0`)).docs[0]

  /** An asset written by the demo editor, submitted, and approved by the demo reviewer, through the REST API. */
  async function approvedAsset(title: string, variant: Partial<Variant>): Promise<ContentAsset> {
    const brand = (await request('editor', 'GET', `/brands?where[name][equals]=${encodeURIComponent(BRAND)}&depth=0`)).docs[0]
    const cover = (await request('editor', 'GET', `/media?where[alt][equals]=${encodeURIComponent(`${BRAND} 封面`)}&depth=0`)).docs[0]
    const { doc } = await request('editor', 'POST', '/content-assets?depth=0', {
      title,
      brand: brand.id,
      variants: [{ status: 'draft', cover: cover.id, ...variant }],
    })
    const move = (asset: ContentAsset, status: Variant['status']) => ({ variants: asset.variants!.map((current) => ({ ...current, status })) })
    const submitted = (await request('editor', 'PATCH', `/content-assets/${doc.id}?depth=0`, move(doc, 'in_review'))).doc
    return (await request('reviewer', 'PATCH', `/content-assets/${doc.id}?depth=0`, move(submitted, 'approved'))).doc
  }
  const scheduleAt = (asset: ContentAsset, at: Date) =>
    request('reviewer', 'POST', `/content-assets/${asset.id}/schedule`, { variantId: asset.variants![0]!.id, scheduledAt: at.toISOString() })

  async function openCalendar(email: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1100 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    await signIn(page, server.url, email, PASSWORD)
    await page.getByRole('link', { name: '内容日历' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/calendar')
    // The first read done means the page is hydrated: only then do its buttons act.
    await loaded(page)
    if (needsNextMonth) await page.getByRole('button', { name: '下一月' }).click()
    await page.locator(`td[data-day="${DAY}"]`).waitFor()
    await loaded(page)
    return page
  }
  /** Waits until the calendar has read its range (after navigation, filters or a move). */
  const loaded = (page: Page) => page.locator('.content-calendar__grid[aria-busy="false"]').waitFor()
  const dayCell = (page: Page, day: string) => page.locator(`td[data-day="${day}"]`)
  const chip = (page: Page, text: string) => page.locator('.calendar-item', { hasText: text })
  /** A move's answer comes back through the server on a loaded machine: well over expect.poll's default second. */
  const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 })
  /** Waits until every image of the locator has loaded (covers are fetched after the preview renders). */
  const imagesLoaded = (images: ReturnType<Page['locator']>) =>
    expect
      .poll(
        () =>
          images.evaluateAll(
            (all) => all.length > 0 && all.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0),
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(true)

  beforeAll(async () => {
    const databaseUri = freshDatabaseUri('calendar-browser')
    const mediaDir = freshMediaDir('calendar-browser')
    server = await startServer({ label: 'calendar-browser', mode: 'production', databaseUri, env: { MEDIA_DIR: mediaDir } })
    // Production never seeds; the demo data (users, brands, covers, content in every state) is
    // written by a Payload of the test's own on the server's migrated database, running no jobs.
    process.env.JOBS_RUNNER = 'false'
    const payload = await startTestPayload('calendar-browser', { pushSchema: false, databaseUri, mediaDir })
    try {
      await seed(payload)
    } finally {
      await payload.destroy()
      delete process.env.JOBS_RUNNER
    }
    // The server's connection may still read the database as it was before the seed: ask again until it sees the users.
    const token = (email: string) =>
      vi.waitFor(
        async () => {
          const { status, body } = await login(server.url, email)
          if (status !== 200) throw new Error(`login ${email}: ${status}`)
          return body.token as string
        },
        { timeout: 30_000, interval: 500 },
      )
    tokens.editor = await token('editor@zhongcao.local')
    tokens.reviewer = await token('reviewer@zhongcao.local')

    // The demo has no approved 公众号 post to schedule; these are what the scenario needs, made as the demo team would.
    const article = { format: 'wechat-article' as const, body: '<p>换季脸干起皮？这篇讲清楚干皮修护。</p>' }
    const scheduled = await approvedAsset('日历测试：已排期的公众号图文', { ...article, title: '日历测试已排期公众号' })
    await scheduleAt(scheduled, chinaDayStart(DAY, 21))
    const tray = await approvedAsset('日历测试：待排期的公众号图文', { ...article, title: '日历测试待排期公众号' })
    const weibo = await approvedAsset('日历测试：微博改期', { format: 'weibo-post', body: '防晒补涂小技巧：每两小时一次。' })
    await scheduleAt(weibo, chinaDayStart(addDays(DAY, 1), 10))
    ids.scheduledArticle = scheduled.id
    ids.trayArticle = tray.id
    ids.weibo = weibo.id
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a reviewer schedule a 公众号 post onto a day that has one, warns, and reschedule by drag or dialog', async () => {
    const page = await openCalendar('reviewer@zhongcao.local')
    const blocked = watchCspViolations(page)
    await chip(page, '日历测试已排期公众号').waitFor()
    await eventually(() => dayCell(page, DAY).innerText()).toContain('21:00')
    await saveScreenshot(page, 'calendar-month')
    await expectAccessible(page, '.content-calendar')

    // From the tray onto the day that already has a 公众号 post: the channel's first suggested time, and the warning.
    const trayItem = page.locator('.calendar-tray .calendar-item', { hasText: '日历测试待排期公众号' })
    await trayItem.locator('.calendar-chip').dragTo(dayCell(page, DAY))
    const moved = dayCell(page, DAY).locator('.calendar-item', { hasText: '日历测试待排期公众号' })
    await eventually(() => moved.locator('.calendar-note--warning').innerText()).toContain(WARNING)
    await eventually(() => moved.innerText()).toContain(`已排期到 ${DAY} 20:00（北京时间）`)
    await eventually(() => dayCell(page, DAY).locator('.calendar-day__warning').innerText()).toContain(`${BRAND}：${WARNING}`)
    expect((await readAsset(ids.trayArticle)).variants![0]).toMatchObject({ status: 'scheduled', scheduledAt: chinaDayStart(DAY, 20).toISOString() })
    await saveScreenshot(page, 'calendar-warning')

    // A scheduled chip dragged to another day keeps its time of day.
    const target = addDays(DAY, 3)
    await chip(page, '日历测试：微博改期').locator('.calendar-chip').dragTo(dayCell(page, target))
    await dayCell(page, target).locator('.calendar-item', { hasText: '日历测试：微博改期' }).waitFor()
    await eventually(() => dayCell(page, target).innerText()).toContain(`已改期到 ${target} 10:00（北京时间）`)
    expect((await readAsset(ids.weibo)).variants![0]!.scheduledAt).toBe(chinaDayStart(target, 10).toISOString())

    // The keyboard way: the chip's dialog, in the week view.
    await page.getByRole('button', { name: '周', exact: true }).click()
    await page.locator('.calendar-week').waitFor()
    if (!(await dayCell(page, target).first().isVisible())) await page.getByRole('button', { name: '下一周' }).click()
    await loaded(page)
    await chip(page, '日历测试：微博改期')
      .getByRole('button', { name: /^改期…/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /改期/ })
    await dialog.getByLabel('发布时间（北京时间）').fill(`${target}T22:30`)
    await dialog.getByRole('button', { name: '确定' }).click()
    await dialog.waitFor({ state: 'detached' })
    await eventually(() => page.locator(`td[data-day="${target}"][data-hour="22"]`).innerText()).toContain(
      `已改期到 ${formatChinaTime(chinaDayStart(target, 22.5))}（北京时间）`,
    )
    expect((await readAsset(ids.weibo)).variants![0]!.scheduledAt).toBe(chinaDayStart(target, 22.5).toISOString())
    await saveScreenshot(page, 'calendar-week')
    await expectAccessible(page, '.content-calendar')
    expect(blocked).toEqual([])
    await page.close()
  })

  it('shows an editor why a drag is refused, and moves nothing', async () => {
    const page = await openCalendar('editor@zhongcao.local')
    const before = (await readAsset(ids.weibo)).variants![0]!.scheduledAt
    const from = chinaDayOf(new Date(before!))
    const target = addDays(from, from === DAY ? 1 : -1)
    await chip(page, '日历测试：微博改期').locator('.calendar-chip').dragTo(dayCell(page, target))
    const refusal = dayCell(page, from).locator('.calendar-item', { hasText: '日历测试：微博改期' }).getByRole('alert')
    await eventually(() => refusal.innerText()).toBe('只有审核员和管理员可以排期内容')
    expect((await readAsset(ids.weibo)).variants![0]!.scheduledAt).toBe(before)
    await saveScreenshot(page, 'calendar-refused')
    await page.close()
  })

  it('shows each variant as its platform will: Xiaohongshu topics and 3:4 cover, WeChat’s crops and digest, the 广告 label', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1100 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    await signIn(page, server.url, 'editor@zhongcao.local', PASSWORD)
    await page.goto(`${server.url}/admin/collections/content-assets/${(await findAsset(DEMO_ASSET)).id}`)

    const note = page.getByRole('region', { name: '发布预览 · 小红书图文笔记' })
    await eventually(() => note.locator('.variant-preview__title').innerText()).toBe('干皮亲妈面霜🧴真的会回购')
    await eventually(() => note.locator('.variant-preview__text').innerText()).toContain('#干皮护肤[话题]# #面霜推荐[话题]# #秋冬护肤[话题]#')
    expect(await note.locator('.variant-preview__topic').allInnerTexts()).toEqual(['#干皮护肤[话题]#', '#面霜推荐[话题]#', '#秋冬护肤[话题]#'])
    const frame = note.locator('.variant-preview__frame')
    const ratioOf = (frames: typeof frame) =>
      frames.evaluateAll((elements) => elements.map((element) => Math.round((element.clientWidth / element.clientHeight) * 100) / 100))
    await eventually(() => ratioOf(frame)).toEqual([0.75])
    // The media's generated 3:4 size, loaded.
    await imagesLoaded(frame.locator('img'))
    await eventually(() =>
      frame.locator('img').evaluate((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).naturalHeight]),
    ).toEqual([1080, 1440])

    const article = page.getByRole('region', { name: '发布预览 · 公众号图文' })
    await eventually(() => article.locator('.variant-preview__title').innerText()).toBe('秋冬干皮修护指南｜一篇讲透神经酰胺')
    await eventually(() => article.locator('.variant-preview__digest').innerText()).toMatch(/^换季脸干起皮、上妆卡粉？/)
    await imagesLoaded(article.locator('.variant-preview__frame img'))
    await eventually(() =>
      article.locator('.variant-preview__frame img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth)),
    ).toEqual([900, 1080])
    expect(await article.locator('figcaption').allInnerTexts()).toEqual(['2.35:1 横版封面', '1:1 方形'])
    await eventually(() => ratioOf(article.locator('.variant-preview__frame'))).toEqual([2.35, 1])
    await article.scrollIntoViewIfNeeded()
    await saveScreenshot(page, 'variant-preview')
    await expectAccessible(page, '.variant-checks')

    await page.goto(`${server.url}/admin/collections/content-assets/${(await findAsset(SPONSORED_ASSET)).id}`)
    const channels = page.getByRole('region', { name: '发布预览 · 视频号视频' })
    await eventually(() => channels.locator('.variant-preview__label').innerText()).toBe('【广告】')
    await page.close()
  })
})
