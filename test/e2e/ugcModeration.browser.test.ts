import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Product, UgcMedia, UgcSubmission } from '../../src/payload-types'

import { buildComplianceReport } from '../../src/compliance'
import { licenceExpiry } from '../../src/ugc/licence'
import { contactKeyOf } from '../../src/ugc/personalKeys'
import { choose, launchChromium, signIn, watchCspViolations } from '../support/browser'
import { createBrandAndProduct, createTeam, TEAM_PASSWORD } from '../support/contentFixtures'
import { login } from '../support/http'
import { freshDatabaseUri, freshMediaDir, TEST_SECRET } from '../support/testDatabase'
import { startTestPayload } from '../support/testPayload'
import { type RunningServer, startServer } from '../support/testServer'

/** The queue of the scenario; titles as the intake would derive them from the text. */
const EARLIER = { title: '去年买的面霜，回购第三次', text: '去年买的面霜，回购第三次，干皮冬天离不开。', contact: 'lulu@example.cn' }
const FLAGGED = { title: '全网最好的面霜', text: '这是全网最好的面霜，用了三天痘痘全消了！有问题加我 *** 。' }
const CLEAN = { title: '干皮救星面霜', text: '干皮冬天用刚好，上脸不黏，早晚各一次。' }
const BULK = [
  { title: '面霜质地很细腻', text: '质地很细腻，推开很快吸收。' },
  { title: '包装精致送人合适', text: '包装精致，送闺蜜很合适。' },
]

/** A photo of its own: a gradient in this colour, so the perceptual hashes of two colours differ. */
const photo = (colour: string) =>
  sharp({ create: { width: 960, height: 1280, channels: 3, background: colour } })
    .composite([{ input: Buffer.from(`<svg width="960" height="1280"><circle cx="480" cy="560" r="300" fill="white"/></svg>`) }])
    .jpeg()
    .toBuffer()

async function createMedia(payload: Payload, name: string, colour: string): Promise<UgcMedia> {
  const data = await photo(colour)
  return payload.create({
    collection: 'ugc-media',
    data: { kind: 'image' },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
    overrideAccess: true,
  })
}

/**
 * A submission as the public intake stores it (licence for the brand's own channels, a year,
 * text masked and scanned); the intake's own tests cover how those findings are made.
 */
async function createSubmission(
  payload: Payload,
  product: Product,
  { contact = '13800138000', ...text }: { title: string; text: string; contact?: string },
  extra: Partial<UgcSubmission> = {},
) {
  const consentedAt = new Date()
  const compliance = buildComplianceReport({ texts: [{ field: 'text', text: text.text }], forbidsDiversion: false, category: 'cosmetics' })
  const submission = await payload.create({
    collection: 'ugc-submissions',
    data: {
      ...text,
      status: 'pending',
      product: product.id,
      brand: typeof product.brand === 'object' ? product.brand.id : product.brand,
      source: 'xiaohongshu',
      author: { nickname: '小鹿爱护肤', contact, contactKey: contactKeyOf(TEST_SECRET, contact) },
      licence: {
        scopes: ['brand-channels'],
        termMonths: 12,
        expiresAt: licenceExpiry(consentedAt, 12).toISOString(),
        consentVersion: 'ugc-consent-v1',
        consentedAt: consentedAt.toISOString(),
      },
      compliance,
      complianceBlocks: compliance.blockCount,
      duplicate: false,
      ...extra,
    },
    overrideAccess: true,
  })
  // Submitted uploads belong to their submission (and are erased with it).
  for (const media of extra.media ?? []) {
    await payload.update({
      collection: 'ugc-media',
      id: typeof media === 'object' ? media.id : media,
      data: { submission: submission.id },
      overrideAccess: true,
    })
  }
  return submission
}

const open = async (browser: Browser, server: RunningServer, email: string) => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Shanghai' })
  page.setDefaultTimeout(30_000)
  await signIn(page, server.url, email, TEAM_PASSWORD)
  return page
}

/** Saves the document and waits for Payload's answer: its success toast, or the field's error. */
async function save(page: Page, expected: RegExp | string) {
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.getByText(expected).first().waitFor()
}

describe('UGC moderation and licensed reuse, in the admin', () => {
  let server: RunningServer
  let browser: Browser
  let api: Record<string, string>
  const ids = { earlier: 0, flagged: 0, clean: 0, bulk: [] as number[] }

  const statusOf = async (id: number) =>
    ((await fetch(`${server.url}/api/ugc-submissions/${id}?depth=0`, { headers: api }).then((response) => response.json())) as UgcSubmission).status

  beforeAll(async () => {
    const databaseUri = freshDatabaseUri('ugc-browser')
    const mediaDir = freshMediaDir('ugc-browser')
    server = await startServer({ label: 'ugc-browser', mode: 'production', databaseUri, env: { MEDIA_DIR: mediaDir } })

    // Submissions are made only by the public intake: the fixtures are written by a Payload of
    // the test's own on the server's (migrated) database and media directory, running no jobs.
    process.env.JOBS_RUNNER = 'false'
    const payload = await startTestPayload('ugc-browser', { pushSchema: false, databaseUri, mediaDir })
    try {
      const team = await createTeam(payload)
      const { product } = await createBrandAndProduct(payload, team.admin)
      const earlierPhoto = await createMedia(payload, 'earlier.jpg', '#e8b4b8')
      const resubmittedPhoto = await createMedia(payload, 'resubmitted.jpg', '#e8b4b8')
      const cleanPhoto = await createMedia(payload, 'clean.jpg', '#a7c7e8')
      const earlier = await createSubmission(payload, product, EARLIER, { media: [earlierPhoto.id] })
      const flagged = await createSubmission(payload, product, FLAGGED, {
        media: [resubmittedPhoto.id],
        maskedPersonalData: ['phone'],
        duplicate: true,
        duplicates: [{ media: resubmittedPhoto.id, matchedSubmission: earlier.id, matchedMedia: earlierPhoto.id, distance: 2 }],
      })
      const clean = await createSubmission(payload, product, CLEAN, { media: [cleanPhoto.id] })
      ids.earlier = earlier.id
      ids.flagged = flagged.id
      ids.clean = clean.id
      for (const text of BULK) ids.bulk.push((await createSubmission(payload, product, text)).id)
    } finally {
      await payload.destroy()
      delete process.env.JOBS_RUNNER
    }
    api = { Authorization: `JWT ${(await login(server.url, 'admin@brand.cn', TEAM_PASSWORD)).body.token}` }
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lets a KOL manager see the findings, reject with a reason only, approve with a reward and bulk-approve from the list', async () => {
    const page = await open(browser, server, 'kol@brand.cn')
    const blocked = watchCspViolations(page)
    await page.goto(`${server.url}/admin/collections/ugc-submissions`)
    for (const { title } of [EARLIER, FLAGGED, CLEAN, ...BULK]) {
      await page.locator('tbody tr', { hasText: title }).filter({ hasText: '极致修护面霜' }).waitFor()
    }
    await page.screenshot({ path: 'test-results/ugc-queue.png', fullPage: true })

    // The flagged submission: its image beside the earlier one, and the blocked claim in the text.
    await page.getByRole('link', { name: FLAGGED.title }).click()
    await page.waitForURL(new RegExp(`/admin/collections/ugc-submissions/${ids.flagged}$`))
    const findings = page.locator('.ugc-findings')
    const duplicates = findings.locator('section', { has: page.getByRole('heading', { name: '疑似重复' }) })
    await expect.poll(() => duplicates.innerText()).toContain('相差 2 位')
    await expect
      .poll(() => duplicates.getByRole('link', { name: `投稿 #${ids.earlier}` }).getAttribute('href'))
      .toBe(`/admin/collections/ugc-submissions/${ids.earlier}`)
    // Both images are loaded from the staff-only media route, at their thumbnail size.
    await expect
      .poll(() => duplicates.locator('img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth)))
      .toEqual([480, 480])
    const compliance = findings.locator('section', { has: page.getByRole('heading', { name: '合规检查' }) })
    await expect.poll(() => compliance.locator('.finding--block').first().innerText()).toMatch(/^禁止\s+最好/)
    await expect.poll(() => compliance.locator('mark.finding-mark--block').allInnerTexts()).toContain('最好')
    await expect.poll(() => compliance.innerText()).toContain('收稿时已隐藏的个人信息：手机号')
    await expect.poll(() => findings.innerText()).toContain('可用于「品牌自有渠道转载」')
    await expect.poll(() => findings.innerText()).toContain('作者的授权不包括「付费广告投放」')
    await page.screenshot({ path: 'test-results/ugc-findings.png', fullPage: true })
    // Moderators may erase the author's data; only editors turn submissions into content.
    await page.getByRole('button', { name: '按《个人信息保护法》删除作者信息' }).waitFor()
    expect(await page.getByRole('button', { name: '转为内容素材' }).count()).toBe(0)

    await choose(page, 'field-status', '已拒绝')
    await save(page, '拒绝时须填写理由。')
    expect(await statusOf(ids.flagged)).toBe('pending')
    await page.locator('#field-rejectionReason').fill('含绝对化用语和功效承诺，且图片与以往投稿重复。')
    await save(page, /成功/)
    expect(await statusOf(ids.flagged)).toBe('rejected')

    await page.goto(`${server.url}/admin/collections/ugc-submissions/${ids.clean}`)
    await choose(page, 'field-status', '已通过')
    await save(page, /成功/)
    await expect.poll(() => page.locator('#field-reward__kind').innerText()).toContain('积分')
    await expect.poll(() => page.locator('#field-reward__points').inputValue()).toBe('100')
    await page.screenshot({ path: 'test-results/ugc-approved-reward.png', fullPage: true })

    // Bulk moderation is Payload's own bulk edit: select rows, 编辑, pick the field, save.
    await page.goto(`${server.url}/admin/collections/ugc-submissions`)
    for (const { title } of BULK) await page.locator('tbody tr', { hasText: title }).locator('input[type=checkbox]').check()
    await page.getByRole('button', { name: '编辑', exact: true }).click()
    const drawer = page.locator('.drawer__content').last()
    await drawer.locator('.field-select .rs__control').click()
    await page.getByRole('option', { name: '审核状态', exact: true }).click()
    await choose(page, 'field-status', '已通过')
    await page.screenshot({ path: 'test-results/ugc-bulk-edit.png', fullPage: true })
    await drawer.getByRole('button', { name: '保存', exact: true }).click()
    await expect.poll(() => Promise.all(ids.bulk.map(statusOf))).toEqual(['approved', 'approved'])
    expect(blocked).toEqual([])
    await page.close()
  })

  it('lets an editor turn an approved submission into a draft asset within its licence, and refuses paid ads', async () => {
    const page = await open(browser, server, 'editor@brand.cn')
    await page.goto(`${server.url}/admin/collections/ugc-submissions/${ids.clean}`)
    // Payload's edit lock can outlast the moderator's visit; an editor only reads the submission.
    const viewReadOnly = page.getByRole('button', { name: '只读查看' })
    await viewReadOnly.waitFor({ timeout: 3_000 }).then(
      () => viewReadOnly.click(),
      () => undefined,
    )
    expect(await page.getByRole('button', { name: '按《个人信息保护法》删除作者信息' }).count()).toBe(0)

    await page.getByRole('radio', { name: '付费广告投放' }).check()
    await page.getByRole('button', { name: '转为内容素材' }).click()
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '付费广告投放' }).count()).toBeGreaterThan(0)
    await page.screenshot({ path: 'test-results/ugc-reuse-refused.png', fullPage: true })

    await page.getByRole('radio', { name: '品牌自有渠道转载' }).check()
    await page.getByRole('button', { name: '转为内容素材' }).click()
    const assetLink = page.getByRole('link', { name: /^打开内容素材/ })
    await assetLink.waitFor()
    const reusedIn = page.locator('section', { has: page.getByRole('heading', { name: '已转为内容' }) }).getByRole('link')
    await expect.poll(() => reusedIn.count()).toBe(1)
    const listedAsset = await reusedIn.getAttribute('href')
    await page.screenshot({ path: 'test-results/ugc-reused.png', fullPage: true })
    await assetLink.click()
    await page.waitForURL(/\/admin\/collections\/content-assets\/\d+$/)
    const assetId = Number(new URL(page.url()).pathname.split('/').pop())
    const asset = await fetch(`${server.url}/api/content-assets/${assetId}?depth=0&draft=true`, { headers: api }).then((response) => response.json())
    expect(asset.sourceUgc).toBe(ids.clean)
    expect(listedAsset).toBe(`/admin/collections/content-assets/${assetId}`)
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(asset.title)
    await page.screenshot({ path: 'test-results/ugc-reused-asset.png', fullPage: true })
    await page.close()
  })

  it('lets a KOL manager erase an author’s personal data once confirmed, and shows the submission without it', async () => {
    const page = await open(browser, server, 'kol@brand.cn')
    await page.goto(`${server.url}/admin/collections/ugc-submissions/${ids.earlier}`)
    await page.getByRole('button', { name: '按《个人信息保护法》删除作者信息' }).click()
    const confirmation = page.getByRole('alertdialog')
    await expect.poll(() => confirmation.innerText()).toContain('无法恢复')
    await confirmation.getByRole('button', { name: '确认删除' }).click()
    await page.getByRole('status').filter({ hasText: '已删除该作者 1 条投稿' }).waitFor()
    // The document is read again: erased, without media, and nothing left to erase.
    await page.locator('#field-erasedAt').waitFor()
    await expect.poll(() => page.locator('.ugc-findings').innerText()).toContain('没有图片或视频')
    expect(await page.getByRole('button', { name: '按《个人信息保护法》删除作者信息' }).count()).toBe(0)
    await page.screenshot({ path: 'test-results/ugc-erased.png', fullPage: true })

    const erased = (await fetch(`${server.url}/api/ugc-submissions/${ids.earlier}?depth=0`, { headers: api }).then((response) =>
      response.json(),
    )) as UgcSubmission
    expect(erased.author?.contact ?? null).toBeNull()
    expect(erased.media ?? []).toEqual([])
    await page.close()
  })
})
