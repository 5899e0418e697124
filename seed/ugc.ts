import type { Payload, PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import type { User } from '../src/payload-types'
import type { Catalog } from './content'

import { CLIENT_ADDRESS_HEADER } from '../src/config/clientAddress'
import { CURRENT_CONSENT_VERSION } from '../src/ugc/consent'
import { inspectUgcFile } from '../src/ugc/intake/inspect'
import { readUgcUploadLimits } from '../src/ugc/intake/limits'
import { stageUploads } from '../src/ugc/intake/stageUploads'
import { submitUgc } from '../src/ugc/submitUgc'
import { createUploadToken } from '../src/ugc/uploadTokens'

type DemoSubmission = {
  sku: string
  nickname: string
  contact: string
  text: string
  /** Background colours of the demo photos; a repeated colour is the same photo sent again. */
  photos: string[]
  scopes: ('brand-channels' | 'paid-ads')[]
  decision?: { status: 'approved' | 'featured' | 'rejected'; reason?: string }
}

/** The moderation queue as a KOL manager finds it: new posts, a repeat photo, a claim to fix, decided ones. */
const DEMO_SUBMISSIONS: DemoSubmission[] = [
  {
    sku: 'HY-CREAM-50',
    nickname: '干皮小鹿',
    contact: '13800138001',
    text: '换季脸上起皮，用了一周极致修护面霜，早上上妆不卡粉了，质地比想象中轻薄。',
    photos: ['#e8c4b8', '#c9a7a0'],
    scopes: ['brand-channels', 'paid-ads'],
    decision: { status: 'featured' },
  },
  {
    sku: 'HY-CREAM-50',
    nickname: '每天都在测评',
    contact: 'review.daily@example.com',
    text: '同款面霜晒单，包装很精致，回购第二瓶。',
    photos: ['#e8c4b8'],
    scopes: ['brand-channels'],
  },
  {
    sku: 'HY-SUN-40',
    nickname: '通勤防晒党',
    contact: 'sun_commuter',
    text: '全网最好用的防晒！不假白不搓泥，有同款问题的姐妹加我微信 sun_commuter 交流。',
    photos: ['#f3e2a9'],
    scopes: ['brand-channels'],
  },
  {
    sku: 'XH-RICE-250',
    nickname: '糖糖妈',
    contact: '13900139002',
    text: '宝宝八个月，米粉冲得很细腻，不结块，吃完也不闹。',
    photos: ['#f6efe0'],
    scopes: ['brand-channels'],
    decision: { status: 'approved' },
  },
  {
    sku: 'XH-CREAM-100',
    nickname: '路过的爸爸',
    contact: '13700137003',
    text: '还行吧。',
    photos: [],
    scopes: ['brand-channels'],
    decision: { status: 'rejected', reason: '内容过短，与商品使用体验无关' },
  },
]

const COUPON_CODES = ['XH-UGC-8K2M', 'XH-UGC-5P7Q', 'XH-UGC-3Z9W', 'XH-UGC-7R4T', 'XH-UGC-2N6V']

/** Each distinct demo photo in order of appearance; a colour named again is the same photo sent again. */
const DEMO_PHOTOS = [...new Set(DEMO_SUBMISSIONS.flatMap((demo) => demo.photos))]

async function demoPhoto(colour: string, directory: string): Promise<{ path: string; size: number }> {
  // Each photo gets a layout of its own: photos that differ only in colour look alike to a perceptual hash.
  const position = DEMO_PHOTOS.indexOf(colour)
  const [x, y] = [120 + (position % 4) * 180, 160 + Math.floor(position / 4) * 360 + (position % 2) * 180]
  const data = await sharp({ create: { width: 1080, height: 1440, channels: 3, background: colour } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="1080" height="1440"><rect x="${x}" y="${y}" width="400" height="560" rx="60" fill="#fff"/><circle cx="${1080 - x}" cy="${1440 - y}" r="150" fill="#333"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 88 })
    .toBuffer()
  const file = path.join(directory, `${colour.slice(1)}-${Math.random().toString(36).slice(2)}.jpg`)
  await fs.writeFile(file, data)
  return { path: file, size: data.length }
}

/**
 * Demo UGC, once (nothing is added to a queue that already has submissions): shoppers' posts sent
 * through the same intake as the public API, a coupon pool for 小禾萌宝, and a few decisions by the
 * KOL manager, each of which issues its reward.
 */
export async function seedUgc(payload: Payload, req: PayloadRequest, catalog: Catalog, kolManager: User): Promise<{ submissions: number }> {
  if ((await payload.count({ collection: 'ugc-submissions', req })).totalDocs > 0) return { submissions: 0 }
  for (const code of COUPON_CODES) {
    await payload.create({
      collection: 'reward-coupons',
      data: { code, brand: catalog.brands.get('小禾萌宝')!, note: '满 99 减 20' },
      req,
      overrideAccess: true,
    })
  }
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'zhongcao-seed-ugc-'))
  const shopperReq = { ...req, headers: new Headers({ [CLIENT_ADDRESS_HEADER]: 'seed' }) } as PayloadRequest
  try {
    for (const demo of DEMO_SUBMISSIONS) {
      const checked = []
      for (const colour of demo.photos) {
        const inspected = await inspectUgcFile(await demoPhoto(colour, directory), readUgcUploadLimits(process.env))
        if (!inspected.ok) throw new Error(`demo photo refused: ${inspected.message.en}`)
        checked.push(inspected)
      }
      const expiresAt = new Date(Date.now() + 3_600_000)
      const staged = await stageUploads(payload, checked, expiresAt, req)
      const receipt = await submitUgc(shopperReq, {
        product: String(catalog.products.get(demo.sku)),
        text: demo.text,
        media: staged.map((media) => createUploadToken(media.id, expiresAt, payload.secret)),
        source: 'xiaohongshu',
        nickname: demo.nickname,
        contact: demo.contact,
        licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: demo.scopes, termMonths: 12 },
      })
      if (demo.decision) {
        await payload.update({
          collection: 'ugc-submissions',
          id: receipt.id,
          data: { status: demo.decision.status, rejectionReason: demo.decision.reason },
          user: kolManager,
          overrideAccess: false,
          req,
        })
      }
    }
  } finally {
    await fs.rm(directory, { recursive: true, force: true })
  }
  return { submissions: DEMO_SUBMISSIONS.length }
}
