import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { choose, launchChromium, signIn } from '../support/browser'
import { login, registerFirstUser } from '../support/http'
import { type RunningServer, startServer } from '../support/testServer'

const password = 'Correct-Horse-Battery-9'
const TITLE = '秋冬干皮面霜上新'

/** The six channels of the brief, one format each, with what the editor types and attaches. */
const VARIANTS = [
  { format: '公众号图文', title: '秋冬干皮修护指南', cover: true },
  { format: '视频号视频', title: '干皮面霜一分钟讲透', cover: true, video: true },
  { format: '企业微信朋友圈', body: '老客专享：秋冬面霜上新，找我预订有小样。' },
  { format: '微博', body: '秋冬干皮面霜上新，上脸不黏。', hashtag: '秋冬护肤' },
  { format: '抖音视频', title: '干皮面霜三十秒测评', cover: true, video: true },
  { format: '小红书图文笔记', title: '干皮面霜上脸不黏', body: '换季干到起皮的姐妹看过来，上脸不黏不搓泥。', cover: true, images: true },
]

async function uploadMedia(baseUrl: string, token: string, name: string, type: string, data: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([Uint8Array.from(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: name, ...(type.startsWith('video/') ? { durationSeconds: 3 } : {}) }))
  const response = await fetch(`${baseUrl}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } })
  expect(response.status).toBe(201)
}

/** Attaches an already uploaded file to an upload field through its "choose existing" drawer. */
async function chooseExisting(page: Page, fieldId: string, filename: string, many = false) {
  const field = page.locator(`.field-type.upload:has(> label[for="${fieldId}"])`)
  await field.getByRole('button', { name: '从现有中选择' }).click()
  const drawer = page.locator('.drawer__content').last()
  const row = drawer.locator('tbody tr', { hasText: filename })
  if (many) {
    await row.locator('input[type=checkbox]').check()
    await drawer.getByRole('button', { name: /^选择 1$/ }).click()
  } else {
    await row.getByRole('button', { name: new RegExp(filename.replace('.', '\\.')) }).click()
  }
  await field.getByText(filename).first().waitFor()
}

/** Sets every variant's status select and saves, as the signed-in user. */
async function moveAll(page: Page, status: string) {
  for (const index of VARIANTS.keys()) await choose(page, `field-variants__${index}__status`, status)
  await page.getByRole('button', { name: '保存并提交流转' }).click()
  await page
    .getByText(/成功|已更新/)
    .first()
    .waitFor()
}

describe('an asset from writing to publishing, in the admin', () => {
  let server: RunningServer
  let browser: Browser
  let api: Record<string, string>

  const variantStatuses = async () => {
    const response = await fetch(`${server.url}/api/content-assets?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`, { headers: api })
    const { docs } = await response.json()
    return (docs[0]?.variants ?? []).map((variant: { status: string }) => variant.status)
  }

  beforeAll(async () => {
    server = await startServer({ label: 'content-browser', mode: 'production' })
    const owner = await registerFirstUser(server.url, { email: 'owner@brand.cn', password })
    api = { Authorization: `JWT ${owner.body.token}` }
    for (const [email, role] of [
      ['editor@brand.cn', 'editor'],
      ['reviewer@brand.cn', 'reviewer'],
    ]) {
      const created = await fetch(`${server.url}/api/users`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...api },
        body: JSON.stringify({ email, password, roles: [role] }),
      })
      expect(created.status).toBe(201)
    }
    const brand = await fetch(`${server.url}/api/brands`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...api },
      body: JSON.stringify({ name: '花漾研究所', category: 'cosmetics' }),
    })
    expect(brand.status).toBe(201)
    const editorToken = (await login(server.url, 'editor@brand.cn', password)).body.token
    const cover = await sharp({ create: { width: 2160, height: 2880, channels: 3, background: '#c9a7e8' } })
      .jpeg()
      .toBuffer()
    await uploadMedia(server.url, editorToken, 'cover.jpg', 'image/jpeg', cover)
    await uploadMedia(server.url, editorToken, 'clip.mp4', 'video/mp4', fs.readFileSync('seed/assets/demo-vertical.mp4'))
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets an editor write one asset for all six channels, see each preview and report, and submit it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    await signIn(page, server.url, 'editor@brand.cn', password)
    await page.goto(`${server.url}/admin/collections/content-assets/create`)

    await page.locator('#field-title').fill(TITLE)
    await choose(page, 'field-brand', '花漾研究所')
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().fill('神经酰胺面霜，干皮秋冬修护。')
    for (const [index, variant] of VARIANTS.entries()) {
      const field = (name: string) => `field-variants__${index}__${name}`
      // A click that lands while the form is still settling adds no row; click again until the row is there.
      await vi.waitFor(
        async () => {
          if ((await page.locator(`#${field('format')}`).count()) === 0) await page.getByRole('button', { name: '添加 平台版本' }).click()
          await page.locator(`#${field('format')}`).waitFor({ timeout: 5_000 })
        },
        { timeout: 30_000, interval: 250 },
      )
      await choose(page, field('format'), variant.format)
      if (variant.title) await page.locator(`#${field('title')}`).fill(variant.title)
      if (variant.body) await page.locator(`#${field('body')}`).fill(variant.body)
      if (variant.hashtag) {
        await page.locator(`.field-type:has(> label[for="${field('hashtags')}"]) input.rs__input`).fill(variant.hashtag)
        await page.keyboard.press('Enter')
      }
      if (variant.cover) await chooseExisting(page, field('cover'), 'cover.jpg')
      if (variant.video) await chooseExisting(page, field('video'), 'clip.mp4')
      if (variant.images) await chooseExisting(page, field('images'), 'cover.jpg', true)
    }
    await page.getByRole('button', { name: /^(保存|保存并提交流转)$/ }).click()
    await page.waitForURL(/\/admin\/collections\/content-assets\/\d+/)

    const panels = page.locator('.variant-checks')
    await expect.poll(() => panels.count()).toBe(6)
    for (const variant of VARIANTS) {
      const panel = panels.filter({ hasText: `发布预览 · ${variant.format}` })
      await expect.poll(() => panel.innerText()).toContain('平台规则\n\n未发现问题')
      await expect.poll(() => panel.innerText()).toContain('合规检查')
    }
    await expect
      .poll(() => panels.filter({ hasText: '发布预览 · 微博' }).locator('.variant-preview__text').innerText())
      .toBe('秋冬干皮面霜上新，上脸不黏。\n#秋冬护肤#')
    await page.screenshot({ path: 'test-results/admin-six-channels.png', fullPage: true })

    await moveAll(page, '待审核')
    expect(await variantStatuses()).toEqual(Array(6).fill('in_review'))
    await page.close()
  })

  it('lets a reviewer approve and schedule it, and the job publishes it on time', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai' })
    page.setDefaultTimeout(30_000)
    await signIn(page, server.url, 'reviewer@brand.cn', password)
    const { docs } = await fetch(`${server.url}/api/content-assets?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`, {
      headers: api,
    }).then((response) => response.json())
    await page.goto(`${server.url}/admin/collections/content-assets/${docs[0].id}`)
    // Payload's edit lock can outlast the editor's visit; the reviewer takes over, as designed.
    const takeOver = page.getByRole('button', { name: '接管' })
    if (
      await takeOver.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    )
      await takeOver.click()

    await moveAll(page, '已通过')
    expect(await variantStatuses()).toEqual(Array(6).fill('approved'))

    // Due at the start of the next minute but one: the runner checks once a minute.
    const due = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
    for (const index of VARIANTS.keys()) {
      const input = page.locator(`#field-variants__${index}__scheduledAt input`)
      await input.fill(due.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16).replace(/-/g, '/'))
      await input.press('Enter')
    }
    await moveAll(page, '已排期')
    expect(await variantStatuses()).toEqual(Array(6).fill('scheduled'))
    // Typed in China time in a browser on China time: stored as the same instant.
    const { docs: scheduled } = await fetch(`${server.url}/api/content-assets?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`, {
      headers: api,
    }).then((response) => response.json())
    expect(scheduled[0].variants.map((variant: { scheduledAt: string }) => variant.scheduledAt)).toEqual(Array(6).fill(due.toISOString()))

    await expect.poll(variantStatuses, { timeout: 200_000, interval: 5_000 }).toEqual(Array(6).fill('published'))
    const { docs: audit } = await fetch(`${server.url}/api/audit-log?where[to][equals]=published&limit=0`, { headers: api }).then((response) => response.json())
    expect(audit).toHaveLength(6)
    expect(audit.every((entry: { actor: string; createdAt: string }) => entry.actor === 'system' && new Date(entry.createdAt) >= due)).toBe(true)
  }, 300_000)
})
