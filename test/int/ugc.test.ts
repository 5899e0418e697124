import type { Payload, PayloadRequest } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Brand, Product, UgcSubmission, User } from '../../src/payload-types'

import { CLIENT_ADDRESS_HEADER } from '../../src/config/clientAddress'
import { mediaDirectory } from '../../src/config/mediaDirectory'
import { CodedApiError } from '../../src/graphql/errorCodes'
import { CURRENT_CONSENT_VERSION } from '../../src/ugc/consent'
import { eraseAuthorData } from '../../src/ugc/erasure'
import { hashBands } from '../../src/ugc/perceptualHash'
import { contactKeyOf } from '../../src/ugc/personalKeys'
import { reuseAsContentAsset } from '../../src/ugc/reuse'
import { submitUgc } from '../../src/ugc/submitUgc'
import { createUploadToken } from '../../src/ugc/uploadTokens'
import { createContentWorld, type Team } from '../support/contentFixtures'
import { useTestPayload } from '../support/testPayload'

describe('UGC: intake, moderation with one reward, licensed reuse, PIPL erasure', () => {
  const testPayload = useTestPayload('ugc')
  let payload: Payload
  let team: Team
  let brand: Brand
  let product: Product
  let shopper = 0

  const shopperReq = (address = '203.0.113.7', language = 'zh') =>
    createLocalReq({ req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: address, 'accept-language': language }) } }, payload)
  const staffReq = (user: User) => createLocalReq({ user, req: {} as Partial<PayloadRequest> }, payload)
  const input = (overrides: Record<string, unknown> = {}) => ({
    product: String(product.id),
    text: '面霜很滋润，用了一周干皮好多了！有问题加我微信 abc_12345 或打 138 0013 8000',
    media: [],
    source: 'xiaohongshu',
    sourceUrl: 'https://www.xiaohongshu.com/explore/abc',
    nickname: '小鹿',
    contact: `1390000${String(1000 + ++shopper)}`,
    licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: ['brand-channels'], termMonths: 12 },
    ...overrides,
  })
  const refusalOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error, 'expected a refusal').toBeInstanceOf(Error)
    return error as CodedApiError & { data?: { errors?: { path: string; message: string }[] } }
  }
  const count = async (collection: 'ugc-submissions' | 'ugc-media' | 'audit-log') => (await payload.count({ collection })).totalDocs
  /** A staged upload as the intake route leaves it, with the given perceptual hash. */
  async function stagedImage(phash: string, colour: string) {
    const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: colour } })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'ugc-media',
      data: { kind: 'image', phash, phashBands: hashBands(phash), stagedUntil: new Date(Date.now() + 3_600_000).toISOString() },
      file: { data, mimetype: 'image/jpeg', name: `ugc-${phash}.jpg`, size: data.length },
      overrideAccess: true,
    })
    return { media, token: createUploadToken(media.id, new Date(Date.now() + 3_600_000), payload.secret) }
  }
  const moderate = (submission: UgcSubmission, user: User, data: Partial<UgcSubmission>) =>
    payload.update({ collection: 'ugc-submissions', id: submission.id, data, user, overrideAccess: false })

  beforeAll(async () => {
    // The limits are the subject of one test; the others submit freely from one address.
    process.env.UGC_SUBMISSIONS_PER_IP_PER_HOUR = '0'
    process.env.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY = '0'
    payload = testPayload()
    ;({ team, brand, product } = await createContentWorld(payload))
  })

  it('stores a submission with its consent record, masked contact data and compliance findings; only moderators see the contact', async () => {
    const receipt = await submitUgc(await shopperReq(), input({ text: '全网第一好用的面霜！微信 abc_12345，手机 138 0013 8000' }))
    expect(receipt).toMatchObject({ status: 'pending', duplicate: false })
    expect(receipt.maskedPersonalData.sort()).toEqual(['phone', 'wechat'])
    expect(receipt.message).toContain(`编号 ${receipt.id}`)

    const stored = await payload.findByID({ collection: 'ugc-submissions', id: receipt.id, depth: 0, user: team.kolManager, overrideAccess: false })
    expect(stored.text).not.toMatch(/abc_12345|138/)
    expect(stored.text).toContain('***')
    expect(stored.complianceBlocks).toBeGreaterThan(0)
    expect(JSON.stringify(stored.compliance)).toContain('全网第一')
    expect(stored.brand).toBe(brand.id)
    expect(stored.author?.contact).toMatch(/^1390000/)
    expect(stored.licence).toMatchObject({ scopes: ['brand-channels'], termMonths: 12, consentVersion: CURRENT_CONSENT_VERSION })
    expect(stored.licence?.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.licence?.ipHash).not.toContain('203.0.113.7')
    const months = (new Date(stored.licence!.expiresAt!).getTime() - new Date(stored.licence!.consentedAt!).getTime()) / (30.4 * 86_400_000)
    expect(Math.round(months)).toBe(12)

    const asEditor = await payload.findByID({ collection: 'ugc-submissions', id: receipt.id, user: team.editor, overrideAccess: false })
    expect(asEditor.author?.nickname).toBe('小鹿')
    expect(asEditor.author?.contact).toBeUndefined()
    expect(asEditor.licence?.ipHash).toBeUndefined()
    expect(asEditor.author?.contactKey).toBeUndefined()
    await expect(payload.find({ collection: 'ugc-submissions', overrideAccess: false, user: team.publisher })).rejects.toThrow()
  })

  it('refuses a submission without consent, with a bad field or with an unknown upload, and stores nothing', async () => {
    const before = await count('ugc-submissions')
    const noConsent = await refusalOf(submitUgc(await shopperReq(), input({ licence: undefined })))
    expect(noConsent.code).toBe('CONSENT_REQUIRED')
    expect(noConsent.data).toMatchObject({ field: 'input.licence' })
    expect(noConsent.message).toContain('同意')
    const unticked = await refusalOf(submitUgc(await shopperReq(), input({ licence: { ...input().licence, accepted: false } })))
    expect(unticked).toMatchObject({ code: 'CONSENT_REQUIRED', data: { field: 'input.licence.accepted' } })
    const noScope = await refusalOf(submitUgc(await shopperReq(), input({ licence: { ...input().licence, scopes: [] } })))
    expect(noScope).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'input.licence.scopes' } })
    const badContact = await refusalOf(submitUgc(await shopperReq('203.0.113.7', 'en'), input({ contact: 'call me' })))
    expect(badContact).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'input.contact' } })
    const forged = await refusalOf(submitUgc(await shopperReq(), input({ media: ['eyJpZCI6MX0.c2ln'] })))
    expect(forged).toMatchObject({ code: 'UPLOAD_EXPIRED', data: { field: 'input.media.0' } })
    const tooMany = await refusalOf(submitUgc(await shopperReq(), input({ media: Array.from({ length: 10 }, () => 'x') })))
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', data: { field: 'input.media' } })
    expect(await count('ugc-submissions')).toBe(before)
  })

  it('flags an image like one of an earlier submission, and an upload attaches to one submission only', async () => {
    const first = await stagedImage('f0f0f0f0aaaa5555', '#c98')
    const earlier = await submitUgc(await shopperReq(), input({ media: [first.token] }))
    expect(earlier.duplicate).toBe(false)
    const reused = await refusalOf(submitUgc(await shopperReq(), input({ media: [first.token] })))
    expect(reused.code).toBe('UPLOAD_EXPIRED')

    // Three bits apart: the same photo recompressed.
    const again = await stagedImage('f0f0f0f0aaaa5552', '#c98')
    const other = await stagedImage('0f0f0f0f5555aaaa', '#39c')
    const later = await submitUgc(await shopperReq(), input({ media: [other.token, again.token] }))
    expect(later.duplicate).toBe(true)
    const stored = await payload.findByID({ collection: 'ugc-submissions', id: later.id, depth: 0, overrideAccess: true })
    expect(stored.duplicates).toEqual([
      expect.objectContaining({ media: again.media.id, matchedSubmission: earlier.id, matchedMedia: first.media.id, distance: 3 }),
    ])
    const attached = await payload.findByID({ collection: 'ugc-media', id: again.media.id, depth: 0, overrideAccess: true })
    expect(attached).toMatchObject({ submission: later.id, stagedUntil: null })
  })

  afterAll(() => {
    delete process.env.UGC_SUBMISSIONS_PER_IP_PER_HOUR
    delete process.env.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY
  })

  it('limits submissions per contact and per address, with a retry time', async () => {
    process.env.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY = '2'
    try {
      const contact = '13700007777'
      await submitUgc(await shopperReq('198.51.100.1'), input({ contact }))
      await submitUgc(await shopperReq('198.51.100.2'), input({ contact: '137-0000-7777' }))
      const refused = await refusalOf(submitUgc(await shopperReq('198.51.100.3'), input({ contact: '+86 137 0000 7777' })))
      expect(refused.code).toBe('RATE_LIMITED')
      expect(refused.message).toMatch(/每天最多 2 条/)
    } finally {
      process.env.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY = '0'
    }
    process.env.UGC_SUBMISSIONS_PER_IP_PER_HOUR = '1'
    try {
      await submitUgc(await shopperReq('198.51.100.9'), input())
      expect((await refusalOf(submitUgc(await shopperReq('198.51.100.9'), input()))).code).toBe('RATE_LIMITED')
    } finally {
      process.env.UGC_SUBMISSIONS_PER_IP_PER_HOUR = '0'
    }
  })

  it('lets only moderators decide, wants a reason to reject, and audits each decision', async () => {
    const submission = await payload.findByID({ collection: 'ugc-submissions', id: (await submitUgc(await shopperReq(), input())).id, overrideAccess: true })
    const byEditor = await refusalOf(moderate(submission, team.editor, { status: 'approved' }))
    expect(byEditor.name).toBe('Forbidden')
    const noReason = await refusalOf(moderate(submission, team.kolManager, { status: 'rejected' }))
    expect(noReason.data?.errors).toEqual([expect.objectContaining({ path: 'rejectionReason', message: '拒绝时须填写理由。' })])
    const rejected = await moderate(submission, team.kolManager, { status: 'rejected', rejectionReason: '图片与商品无关' })
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: '图片与商品无关', moderatedBy: expect.objectContaining({ id: team.kolManager.id }) })
    expect(rejected.reward?.issuedAt).toBeFalsy()
    const backToPending = await refusalOf(moderate(rejected, team.admin, { status: 'pending' }))
    expect(backToPending.data?.errors?.[0]?.path).toBe('status')

    const { docs: entries } = await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: String(submission.id) }, targetCollection: { equals: 'ugc-submissions' } },
    })
    expect(entries.map((entry) => [entry.from, entry.to, entry.reason, entry.actor])).toEqual([['pending', 'rejected', '图片与商品无关', 'kol@brand.cn']])
  })

  it('tells ugc.approved webhooks of the brand about an acceptance, once, with no personal data', async () => {
    const webhook = await payload.create({
      collection: 'webhooks',
      data: { name: '会员积分系统', url: 'https://loyalty.example.com/hooks', events: ['ugc.approved'], brands: [brand.id], secret: '' },
      user: team.admin,
      overrideAccess: false,
    })
    const submission = await payload.findByID({
      collection: 'ugc-submissions',
      id: (await submitUgc(await shopperReq(), input({ nickname: '积分达人' }))).id,
      overrideAccess: true,
    })
    await moderate(submission, team.kolManager, { status: 'approved' })
    await moderate(submission, team.kolManager, { status: 'featured' })
    const { docs } = await payload.find({ collection: 'webhook-deliveries', where: { webhook: { equals: webhook.id } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ event: 'ugc.approved', data: { submissionId: submission.id, brandId: brand.id, reward: { kind: 'points', points: 100 } } })
    expect(JSON.stringify(docs[0]!.data)).not.toMatch(/积分达人|1390000/)
    await payload.update({ collection: 'webhooks', id: webhook.id, data: { active: false }, overrideAccess: true })
  })

  it('issues one reward however many moderators approve at the same moment, and different codes to different submissions', async () => {
    await payload.update({ collection: 'brands', id: brand.id, data: { ugcReward: { kind: 'coupon' } }, overrideAccess: true })
    for (const code of ['HY-UGC-001', 'HY-UGC-002', 'HY-UGC-003', 'HY-UGC-004']) {
      await payload.create({ collection: 'reward-coupons', data: { code, brand: brand.id }, user: team.kolManager, overrideAccess: false })
    }
    const submissions = await Promise.all(
      [1, 2, 3].map(async () =>
        payload.findByID({ collection: 'ugc-submissions', id: (await submitUgc(await shopperReq(), input())).id, overrideAccess: true }),
      ),
    )
    // Each submission approved four times at once, by two moderators, featured or approved.
    const decisions = submissions.flatMap((submission) =>
      [team.kolManager, team.admin, team.kolManager, team.admin].map((user, index) =>
        moderate(submission, user, { status: index % 2 ? 'featured' : 'approved' }).then(
          () => 'saved',
          (error: Error) => error.message,
        ),
      ),
    )
    const outcomes = await Promise.all(decisions)
    expect(outcomes.filter((outcome) => outcome === 'saved').length).toBeGreaterThanOrEqual(3)

    const { docs: issued } = await payload.find({ collection: 'reward-coupons', where: { issuedTo: { exists: true } }, depth: 0 })
    expect(issued).toHaveLength(3)
    expect(new Set(issued.map((coupon) => coupon.issuedTo)).size).toBe(3)
    for (const submission of submissions) {
      const stored = await payload.findByID({ collection: 'ugc-submissions', id: submission.id, depth: 0, overrideAccess: true })
      const coupon = issued.find((candidate) => candidate.issuedTo === submission.id)!
      expect(stored.reward).toMatchObject({ kind: 'coupon', coupon: coupon.id })
      const { totalDocs: acceptances } = await payload.count({
        collection: 'audit-log',
        where: { documentId: { equals: String(submission.id) }, from: { equals: 'pending' } },
      })
      expect(acceptances).toBe(1)
    }
  })

  it('refuses an approval when the coupon pool is empty, and changes nothing', async () => {
    const [last, next] = await Promise.all([1, 2].map(async () => (await submitUgc(await shopperReq(), input())).id))
    const first = await payload.findByID({ collection: 'ugc-submissions', id: last!, overrideAccess: true })
    await moderate(first, team.kolManager, { status: 'approved' })
    const second = await payload.findByID({ collection: 'ugc-submissions', id: next!, overrideAccess: true })
    const refused = await refusalOf(moderate(second, team.kolManager, { status: 'approved' }))
    expect(refused.data?.errors?.[0]?.message).toContain('券码已发完')
    expect((await payload.findByID({ collection: 'ugc-submissions', id: second.id, overrideAccess: true })).status).toBe('pending')
    await payload.update({ collection: 'brands', id: brand.id, data: { ugcReward: { kind: 'points', points: 50 } }, overrideAccess: true })
    const rewarded = await moderate(second, team.kolManager, { status: 'approved' })
    expect(rewarded.reward).toMatchObject({ kind: 'points', points: 50 })
  })

  it('turns approved UGC into a draft asset within its licence, credits the author, and refuses uses the licence does not cover', async () => {
    const image = await stagedImage('123456789abcdef0', '#8a6')
    const receipt = await submitUgc(await shopperReq(), input({ media: [image.token], nickname: '小鹿' }))
    const pending = await payload.findByID({ collection: 'ugc-submissions', id: receipt.id, overrideAccess: true })
    const early = await refusalOf(reuseAsContentAsset(await staffReq(team.editor), String(receipt.id), 'brand-channels'))
    expect(early.code).toBe('INVALID_STATE')
    await moderate(pending, team.kolManager, { status: 'featured' })

    const paid = await refusalOf(reuseAsContentAsset(await staffReq(team.editor), String(receipt.id), 'paid-ads'))
    expect(paid.code).toBe('LICENCE_NOT_COVERED')
    expect(paid.message).toContain('付费广告投放')
    const byKolManager = await refusalOf(reuseAsContentAsset(await staffReq(team.kolManager), String(receipt.id), 'brand-channels'))
    expect(byKolManager.code).toBe('FORBIDDEN')

    const assetsBefore = (await payload.count({ collection: 'content-assets' })).totalDocs
    const made = await reuseAsContentAsset(await staffReq(team.editor), String(receipt.id), 'brand-channels')
    const asset = await payload.findByID({ collection: 'content-assets', id: made.id, depth: 1, overrideAccess: true })
    expect(asset).toMatchObject({
      status: 'draft',
      sponsored: false,
      sourceUgc: expect.objectContaining({ id: receipt.id }),
      brand: expect.objectContaining({ id: brand.id }),
    })
    expect(JSON.stringify(asset.body)).toContain('@小鹿（小红书） 原帖：https://www.xiaohongshu.com/explore/abc')
    expect(asset.media).toHaveLength(1)
    const copy = asset.media![0] as { filename: string }
    expect(fs.existsSync(path.join(mediaDirectory(), copy.filename))).toBe(true)
    expect((await payload.count({ collection: 'content-assets' })).totalDocs).toBe(assetsBefore + 1)

    // A term that has ended covers nothing, not even the brand's own channels.
    await payload.update({ collection: 'ugc-submissions', id: receipt.id, data: { licence: { expiresAt: '2026-01-01T00:00:00.000Z' } }, overrideAccess: true })
    const expired = await refusalOf(reuseAsContentAsset(await staffReq(team.editor), String(receipt.id), 'brand-channels'))
    expect(expired).toMatchObject({ code: 'LICENCE_NOT_COVERED', message: expect.stringContaining('2026-01-01') })
  })

  it('releases a reused asset only within the licence: approving works, turning it paid afterwards or releasing after the term does not', async () => {
    const receipt = await submitUgc(await shopperReq(), input({ nickname: '小鹿' }))
    await moderate(await payload.findByID({ collection: 'ugc-submissions', id: receipt.id, overrideAccess: true }), team.kolManager, { status: 'approved' })
    const made = await reuseAsContentAsset(await staffReq(team.editor), String(receipt.id), 'brand-channels')
    const withVariant = await payload.update({
      collection: 'content-assets',
      id: made.id,
      data: { variants: [{ format: 'weibo-post', status: 'in_review', body: '用户晒单：干皮冬天也不起皮。', hashtags: ['用户晒单'] }] },
      user: team.editor,
      overrideAccess: false,
    })
    const approved = await payload.update({
      collection: 'content-assets',
      id: made.id,
      data: { variants: withVariant.variants!.map((variant) => ({ ...variant, status: 'approved' })) },
      user: team.reviewer,
      overrideAccess: false,
    })
    expect(approved.variants![0]!.status).toBe('approved')

    const paid = await refusalOf(
      payload.update({ collection: 'content-assets', id: made.id, data: { sponsored: true }, user: team.editor, overrideAccess: false }),
    )
    expect(paid.data?.errors).toEqual([expect.objectContaining({ path: 'variants.0.status', message: expect.stringContaining('付费广告投放') })])
    expect((await payload.findByID({ collection: 'content-assets', id: made.id, overrideAccess: true })).sponsored).toBe(false)

    await payload.update({ collection: 'ugc-submissions', id: receipt.id, data: { licence: { expiresAt: '2026-01-01T00:00:00.000Z' } }, overrideAccess: true })
    const scheduled = await refusalOf(
      payload.update({
        collection: 'content-assets',
        id: made.id,
        data: {
          variants: approved.variants!.map((variant) => ({ ...variant, status: 'scheduled', scheduledAt: new Date(Date.now() + 86_400_000).toISOString() })),
        },
        user: team.reviewer,
        overrideAccess: false,
      }),
    )
    expect(scheduled.data?.errors?.[0]?.message).toContain('2026-01-01')
  })

  it('attaches an upload to one submission when two name it at the same moment', async () => {
    const { media, token } = await stagedImage('5a5a5a5a5a5a5a5a', '#5a5')
    const outcomes = await Promise.allSettled([1, 2, 3].map(async () => submitUgc(await shopperReq(), input({ media: [token] }))))
    const accepted = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    expect(accepted).toHaveLength(1)
    for (const outcome of outcomes.filter((outcome) => outcome.status === 'rejected')) expect((outcome.reason as CodedApiError).code).toBe('UPLOAD_EXPIRED')
    const attached = await payload.findByID({ collection: 'ugc-media', id: media.id, depth: 0, overrideAccess: true })
    expect(attached.submission).toBe((accepted[0] as PromiseFulfilledResult<{ id: number }>).value.id)
  })

  it('erases every submission of the person who asks: personal data, text, media rows and files; the audit entry names no one', async () => {
    const contact = 'erase.me@example.com'
    const image = await stagedImage('aaaaaaaa00000000', '#a33')
    const one = await submitUgc(await shopperReq(), input({ contact, media: [image.token], nickname: '要删除的人' }))
    const two = await submitUgc(await shopperReq(), input({ contact: 'Erase.Me@example.com', nickname: '要删除的人' }))
    const other = await submitUgc(await shopperReq(), input({ nickname: '别人' }))
    const file = path.join(mediaDirectory(), 'ugc', image.media.filename!)
    const thumbnail = path.join(mediaDirectory(), 'ugc', image.media.sizes!.thumbnail!.filename!)
    expect(fs.existsSync(file) && fs.existsSync(thumbnail)).toBe(true)
    // Reused and released: the asset shows the author's photo, text and credit.
    await moderate(await payload.findByID({ collection: 'ugc-submissions', id: one.id, overrideAccess: true }), team.kolManager, { status: 'approved' })
    const made = await reuseAsContentAsset(await staffReq(team.editor), String(one.id), 'brand-channels')
    const copy = (await payload.findByID({ collection: 'content-assets', id: made.id, depth: 1, overrideAccess: true })).media![0] as {
      id: number
      filename: string
    }
    const copyFile = path.join(mediaDirectory(), copy.filename)
    expect(fs.existsSync(copyFile)).toBe(true)

    expect(await eraseAuthorData(await shopperReq(), contactKeyOf(payload.secret, contact), 'author')).toBe(2)
    for (const id of [one.id, two.id]) {
      const erased = await payload.findByID({ collection: 'ugc-submissions', id, depth: 0, overrideAccess: true })
      expect(erased).toMatchObject({
        text: '',
        media: [],
        sourceUrl: null,
        author: { nickname: null, contact: null, contactKey: null },
        licence: { scopes: [], ipHash: null },
      })
      expect(erased.erasedAt).toBeTruthy()
      const { docs: entries } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(id) }, to: { equals: 'erased' } } })
      expect(entries).toHaveLength(1)
      expect(JSON.stringify(entries[0])).not.toMatch(/要删除的人|erase\.me|example\.com/i)
    }
    expect([file, thumbnail, copyFile].filter((path) => fs.existsSync(path))).toEqual([])
    expect(await payload.count({ collection: 'content-assets', where: { id: { equals: made.id } } })).toMatchObject({ totalDocs: 0 })
    expect(await payload.count({ collection: 'media', where: { id: { equals: copy.id } } })).toMatchObject({ totalDocs: 0 })
    const { docs: assetEntries } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(made.id) }, to: { equals: 'erased' } } })
    expect(assetEntries).toHaveLength(1)
    expect(await payload.count({ collection: 'ugc-media', where: { id: { equals: image.media.id } } })).toMatchObject({ totalDocs: 0 })
    expect((await payload.findByID({ collection: 'ugc-submissions', id: other.id, overrideAccess: true })).author?.nickname).toBe('别人')

    const erased = await payload.findByID({ collection: 'ugc-submissions', id: one.id, overrideAccess: true })
    const approve = await refusalOf(moderate(erased, team.kolManager, { status: 'featured' }))
    expect(approve.data?.errors?.[0]?.message).toContain('已按用户要求删除')
  })
})
