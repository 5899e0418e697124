import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../src/content/lexicalParagraphs'
import { launchChromium, saveScreenshot, signIn, watchCspViolations } from '../support/browser'
import { registerFirstUser } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const password = 'Correct-Horse-Battery-9'
/** Markup that would set the flag if the admin ever turned stored text into HTML. */
const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

/**
 * Text an API client stored with markup in it — a title, the master body, a Weibo post — is shown
 * in the admin's lists, edit form and platform preview as the characters it is, never as markup.
 * The CSP would also stop an inline handler; the test asserts the markup never reaches the DOM.
 */
describe('stored markup in the admin', () => {
  let server: RunningServer
  let browser: Browser
  let assetId: number

  /** Nothing of the payload became an element or a script, nothing ran, and the CSP had nothing to block. */
  const expectInert = async (page: Page, blocked: string[]) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    // Next's page data carries the title inside a JSON string in a script; the payload's own <script> must not exist.
    expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.trim() === 'window.__xss=2'))).toBe(false)
    expect(blocked).toEqual([])
  }

  beforeAll(async () => {
    server = await startServer({ label: 'xss-preview', mode: 'production', env: { JOBS_RUNNER: 'false' } })
    const owner = await registerFirstUser(server.url, { email: 'owner@brand.cn', password })
    const api = { 'Content-Type': 'application/json', Authorization: `JWT ${owner.body.token}` }
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.url}/api/${path}`, { method: 'POST', headers: api, body: JSON.stringify(body) })
      expect(response.status).toBe(201)
      return ((await response.json()) as { doc: { id: number } }).doc
    }
    const brand = await post('brands', { name: '花漾研究所', category: 'cosmetics' })
    const asset = await post('content-assets', {
      title: `秋冬清单 ${PAYLOAD}`,
      brand: brand.id,
      body: lexicalParagraphs([`主稿 ${PAYLOAD}`]),
      variants: [{ format: 'weibo-post', body: `试用 ${PAYLOAD}` }],
    })
    assetId = asset.id
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the markup as text in the list, the edit form and the Weibo preview, and runs none of it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.setDefaultTimeout(30_000)
    const blocked = watchCspViolations(page)
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs++
      void dialog.dismiss()
    })
    await signIn(page, server.url, 'owner@brand.cn', password)

    await page.goto(`${server.url}/admin/collections/content-assets`)
    await expect.poll(() => page.locator('body').innerText()).toContain(`秋冬清单 ${PAYLOAD}`)
    await expectInert(page, blocked)

    await page.goto(`${server.url}/admin/collections/content-assets/${assetId}`)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(`秋冬清单 ${PAYLOAD}`)
    await expect.poll(() => page.locator('.rich-text-lexical [contenteditable="true"]').first().innerText()).toBe(`主稿 ${PAYLOAD}`)
    const preview = page.locator('.variant-checks').filter({ hasText: '发布预览 · 微博' }).locator('.variant-preview__text')
    await expect.poll(() => preview.innerText()).toContain(`试用 ${PAYLOAD}`)
    await saveScreenshot(page, 'xss-preview')
    await expectInert(page, blocked)
    expect(dialogs).toBe(0)
    await page.close()
  })
})
