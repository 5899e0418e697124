import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { choose, launchChromium, signIn, watchCspViolations } from '../support/browser'
import { login } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const ASSET = '全网销量第一？玻尿酸精华的真实表现'

/** The first quick-start command: `npm run dev`, demo data, the admin in a browser. */
describe('the dev server’s admin with demo data', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer({ label: 'dev-admin', mode: 'development' })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows an editor each platform’s preview and compliance report on a demo asset', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.setDefaultTimeout(120_000) // the dev server compiles each admin view on its first visit
    const blocked = watchCspViolations(page)
    await signIn(page, server.url, 'editor@zhongcao.local', DEMO_PASSWORD)

    const { body } = await login(server.url, 'editor@zhongcao.local')
    const found = await fetch(`${server.url}/api/content-assets?where[title][equals]=${encodeURIComponent(ASSET)}&depth=0`, {
      headers: { Authorization: `JWT ${body.token}` },
    }).then((response) => response.json())
    await page.goto(`${server.url}/admin/collections/content-assets/${found.docs[0].id}`)
    await page.locator('.variant-checks').first().waitFor()

    const panels = page.locator('.variant-checks')
    expect(await panels.count()).toBe(2)
    const weibo = panels.filter({ hasText: '发布预览 · 微博' })
    await expect.poll(() => weibo.locator('.variant-preview__text').innerText()).toBe('全网销量第一的保湿精华，你用过了吗？\n#保湿精华#')
    await expect.poll(() => weibo.innerText()).toContain('「全网销量第一」属于《广告法》禁止的绝对化用语')
    const note = panels.filter({ hasText: '发布预览 · 小红书图文笔记' })
    await expect.poll(() => note.innerText()).toContain('huayang_vip')

    await page.screenshot({ path: 'test-results/admin-variant-checks.png', fullPage: true })
    expect(blocked).toEqual([])
  })

  it('lets a KOL manager settle a demo collaboration, refusing it first without a rating', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.setDefaultTimeout(60_000)
    const blocked = watchCspViolations(page)
    await signIn(page, server.url, 'kol@zhongcao.local', DEMO_PASSWORD)
    const headers = { Authorization: `JWT ${(await login(server.url, 'kol@zhongcao.local')).body.token}` }
    const read = (path: string) => fetch(`${server.url}/api/${path}`, { headers }).then((response) => response.json())
    const { docs } = await read('collaborations?where[stage][equals]=data_collected&depth=0&limit=1')
    const collaboration = docs[0]
    const reputationBefore = (await read(`kols/${collaboration.kol}?depth=0`)).reputation

    await page.goto(`${server.url}/admin/collections/collaborations/${collaboration.id}`)
    await choose(page, 'field-stage', '已结算')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('结算时请为达人打分（1–5）并注明是否按时交付。').first().waitFor()
    expect((await read(`collaborations/${collaboration.id}?depth=0`)).stage).toBe('data_collected')

    // The admin renders fields as they scroll into view.
    await page.locator('#field-settlement').scrollIntoViewIfNeeded()
    await page.locator('#field-settlement__rating').fill('4')
    await page.getByText('按时', { exact: true }).click()
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect.poll(async () => (await read(`collaborations/${collaboration.id}?depth=0`)).stage).toBe('settled')
    const reputation = (await read(`kols/${collaboration.kol}?depth=0`)).reputation
    expect(reputation.settled).toBe(reputationBefore.settled + 1)
    expect(reputation.ratingSum).toBe(reputationBefore.ratingSum + 4)

    await page.screenshot({ path: 'test-results/admin-collaboration-settled.png', fullPage: true })
    expect(blocked).toEqual([])
  }, 300_000)
})
