import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signIn, watchCspViolations } from '../support/browser'
import { registerFirstUser } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const owner = { email: 'owner@brand.cn', password: 'Correct-Horse-Battery-9' }
const screenshot = path.resolve('test-results/admin-dashboard.png')

describe('admin UI in a real browser', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer({ label: 'admin-browser', mode: 'production' })
    const register = await registerFirstUser(server.url, { ...owner, name: '品牌负责人' })
    expect(register.status).toBe(200)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('logs in and shows the dashboard in Simplified Chinese, even to an English browser', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const blocked = watchCspViolations(page)

    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await signIn(page, server.url, owner.email, owner.password)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh')
    // The Users collection card, labelled in Chinese, inside its Chinese group.
    await page.getByRole('heading', { name: '系统' }).waitFor()
    await page.getByRole('link', { name: /用户/ }).first().waitFor()

    fs.mkdirSync(path.dirname(screenshot), { recursive: true })
    await page.screenshot({ path: screenshot, fullPage: true })
    expect(blocked).toEqual([])
    await context.close()
  })
})
