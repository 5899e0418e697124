import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { seed } from '../../seed/seed'
import { expectAccessible, launchChromium, saveScreenshot, signIn, watchCspViolations } from '../support/browser'
import { freshDatabaseUri, freshMediaDir } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

/** What the user waits for on a slow, loaded machine (expect.poll's default is one second). */
const POLL = { timeout: 15_000 }

/** Two new KOLs (one with two accounts), a known demo account to update, and two bad rows. */
const CSV = [
  '达人名称,类型,垂类,平台,账号,粉丝数,水粉率,女性占比,报价,手机号',
  '端到端青柠,KOL 达人,护肤|美妆,小红书,端到端青柠,12.8万,0.06,88%,小红书图文笔记:6000,13800138077',
  '端到端青柠,,,抖音,端到端青柠抖音,35000,0.09,0.83,抖音视频:4800,',
  '端到端大熊,KOC 素人,健身,视频号,端到端大熊,8600,0.03,0.38,视频号视频:800,',
  '林小夕的化妆间,,,小红书,林小夕的化妆间,52000,,,,',
  '端到端坏平台,,,快手,端到端坏平台,1000,,,,',
  '端到端坏比例,,,微博,端到端坏比例,1000,1.7,,,',
].join('\r\n')

describe('KOL CSV import and export in the admin, as the demo KOL manager', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let blocked: string[]
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'kol-import-e2e-'))
  const file = path.join(directory, '达人导入.csv')

  beforeAll(async () => {
    fs.writeFileSync(file, `\uFEFF${CSV}\r\n`)
    const databaseUri = freshDatabaseUri('kol-import-browser')
    const mediaDir = freshMediaDir('kol-import-browser')
    server = await startServer({ label: 'kol-import-browser', mode: 'production', databaseUri, env: { MEDIA_DIR: mediaDir } })
    // Production never seeds: the demo data (the KOL manager, 60 KOLs) is written by a Payload of the
    // test's own on the server's migrated database, running no jobs.
    const jobsRunner = process.env.JOBS_RUNNER
    process.env.JOBS_RUNNER = 'false'
    try {
      const payload = await startTestPayload('kol-import-browser', { pushSchema: false, databaseUri, mediaDir })
      try {
        await seed(payload)
      } finally {
        await payload.destroy()
      }
    } finally {
      if (jobsRunner === undefined) delete process.env.JOBS_RUNNER
      else process.env.JOBS_RUNNER = jobsRunner
    }
    browser = await launchChromium()
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
    page = await context.newPage()
    blocked = watchCspViolations(page)
    await signIn(page, server.url, 'kol@zhongcao.local', DEMO_PASSWORD)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    fs.rmSync(directory, { recursive: true, force: true })
  })

  it('goes from the KOL list to the import page, checks a file and reads the report of its two bad rows', async () => {
    await page.goto(`${server.url}/admin/collections/kols`)
    await page.getByRole('link', { name: '批量导入（CSV）' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/kol-import')
    await page.getByRole('heading', { name: '批量导入达人' }).waitFor()
    await expectAccessible(page, '.kol-import')

    await page.getByLabel('CSV 文件').setInputFiles(file)
    await page.getByRole('button', { name: '检查文件' }).click()
    const report = page.getByRole('table', { name: '检查报告' })
    await report.waitFor()
    const rows = await report.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))
    expect(rows).toEqual([
      ['6', '平台', '错误', '无法识别「快手」，可选：小红书、抖音、微博、视频号、公众号'],
      ['7', '水粉率', '错误', '「1.7」超出 0–1；百分比请带 %，如 35%'],
    ])
    const summary = page.locator('.kol-import__summary')
    await expect.poll(() => summary.textContent(), POLL).toMatch(/数据行 6.*新增 2 个达人.*更新 1 个达人.*跳过 2 个达人.*错误 2/)
    const plan = page.getByRole('table', { name: '导入计划' })
    await expect.poll(() => plan.locator('tbody tr').count(), POLL).toBe(5)
    await expect.poll(() => plan.getByRole('row', { name: /林小夕的化妆间/ }).textContent(), POLL).toContain('更新')
    await saveScreenshot(page, 'kol-import-report')
    await expectAccessible(page, '.kol-import')
  })

  it('imports with a progress bar that reaches 100%, then shows the imported KOLs in the list', async () => {
    await page.getByRole('button', { name: '导入 3 个达人（有错误的 2 行不导入）' }).click()
    await page.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 60_000 })
    await expect.poll(() => page.locator('.kol-import__progress [role="status"]').textContent(), POLL).toBe('已导入 3 / 3 个达人（100%）')
    const progress = page.locator('.kol-import__progress progress')
    expect(await progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([3, 3])
    await expect.poll(() => page.locator('.kol-import__done [role="status"]').textContent(), POLL).toBe('新增 2 个、更新 1 个达人，共导入 4 行；未导入 2 行。')
    await saveScreenshot(page, 'kol-import-done')
    await expectAccessible(page, '.kol-import')

    await page.getByRole('link', { name: '查看达人列表' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/kols')
    await page.goto(`${server.url}/admin/collections/kols?search=${encodeURIComponent('端到端')}`)
    for (const name of ['端到端青柠', '端到端大熊']) await page.getByRole('link', { name, exact: true }).waitFor()
    await expect.poll(() => page.locator('.table tbody tr').count(), POLL).toBe(2)
    await saveScreenshot(page, 'kol-list-imported')
  })

  it('exports the filtered KOL list in the import format', async () => {
    await expectAccessible(page, '.kol-list-actions')
    // The list may still be settling its query; the link carries the search once it has.
    const link = page.getByRole('link', { name: '导出当前列表（CSV）' })
    await vi.waitFor(async () => expect(decodeURIComponent((await link.getAttribute('href')) ?? '')).toContain('search=端到端'), { timeout: 30_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')
    const [header, ...lines] = csv.trim().split('\r\n')
    expect(header).toMatch(/^达人ID,达人名称,类型,垂类,内容风格,品牌安全标记,平台,账号,/)
    expect(header).toContain('手机号')
    // One row per account: the two KOLs the list shows, one of them with two accounts.
    expect(lines.map((line) => line.split(',')[1]).sort()).toEqual(['端到端大熊', '端到端青柠', '端到端青柠'])
    expect(csv).toContain('13800138077')
    expect(csv).not.toContain('林小夕的化妆间')
  })

  it('offers the same export above the other lists', async () => {
    await page.goto(`${server.url}/admin/collections/collaborations`)
    const link = page.getByRole('link', { name: '导出当前列表（CSV）' })
    await link.waitFor()
    expect(await link.getAttribute('href')).toMatch(/\/api\/collaborations\/export\.csv\?/)
    await expectAccessible(page, '.list-export')
    // The campaign column fills in after the table: wait for a seeded campaign's name in it, then for no cell still loading.
    await page
      .locator('.table tbody')
      .getByText(/花漾 × 敦煌 联名唇釉上市|小禾萌宝 618 宝妈专场直播|轻透防晒 小红书种草季/)
      .first()
      .waitFor({ timeout: 30_000 })
    await expect.poll(() => page.getByText('加载中…').count(), { timeout: 30_000 }).toBe(0)
    await saveScreenshot(page, 'list-export-collaborations')
    expect(blocked).toEqual([])
  })
})
