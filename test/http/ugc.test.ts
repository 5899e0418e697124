import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CURRENT_CONSENT_VERSION } from '../../src/ugc/consent'
import { graphql, login } from '../support/http'
import { freshMediaDir } from '../support/testDatabase'
import { type RunningServer, startServer } from '../support/testServer'

const SUBMIT = `mutation Submit($input: UgcSubmissionInput!) { submitUgc(input: $input) { id status duplicate maskedPersonalData message } }`
const STATE = `query State($id: ID!, $contact: String!) {
  ugcSubmission(id: $id, contact: $contact) { id status rejectionReason reward { kind points couponCode } licenceScopes erased }
}`
const ERASE = `mutation Erase($id: ID!, $contact: String!) { requestUgcErasure(submission: $id, contact: $contact) { erased message } }`
const PER_CONTACT_PER_DAY = 3

type GraphqlError = { message: string; path?: string[]; extensions?: { code?: string; data?: { field?: string } } }

/** A shopper's 晒单 from a frontend, moderated and reused by staff: the real server, real files, real requests. */
describe('UGC over HTTP: submit from a frontend, moderate, reuse, erase', () => {
  const mediaDir = freshMediaDir('ugc-http')
  let server: RunningServer
  let productId: number
  /** A product of 小禾萌宝, whose demo reward is a coupon from its pool. */
  let couponProductId: number
  let staff: Record<'admin' | 'kolManager' | 'editor', Record<string, string>>
  let shopper = 0
  const photos: Buffer[] = []

  const nextContact = () => `1350000${String(1000 + ++shopper)}`
  async function upload(files: { data: Buffer; name: string; type: string }[], headers: Record<string, string> = {}) {
    const form = new FormData()
    for (const file of files) form.append('files', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    const response = await fetch(`${server.url}/api/ugc/uploads`, { method: 'POST', body: form, headers })
    return { status: response.status, body: (await response.json()) as { uploads?: { id: number; token: string }[]; errors?: GraphqlError[] } }
  }
  const input = (overrides: Record<string, unknown> = {}) => ({
    product: String(productId),
    text: '面霜很滋润，干皮冬天也不起皮了。',
    media: [],
    source: 'xiaohongshu',
    sourceUrl: 'https://www.xiaohongshu.com/explore/123',
    nickname: '小鹿',
    contact: nextContact(),
    licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: ['brand_channels'], termMonths: 12 },
    ...overrides,
  })
  const submit = (variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    graphql(server.url, SUBMIT, headers, { input: variables }) as Promise<{ status: number; body: { data?: any; errors?: GraphqlError[] } }>
  const rest = async (method: string, url: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> }
  }
  const submissionCount = async () => (await rest('GET', '/api/ugc-submissions?limit=0', staff.admin)).body.totalDocs as number
  const storedFiles = () => (fs.existsSync(path.join(mediaDir, 'ugc')) ? fs.readdirSync(path.join(mediaDir, 'ugc')) : [])

  beforeAll(async () => {
    server = await startServer({
      label: 'ugc-http',
      mode: 'development',
      env: { MEDIA_DIR: mediaDir, UGC_SUBMISSIONS_PER_CONTACT_PER_DAY: String(PER_CONTACT_PER_DAY), UGC_SUBMISSIONS_PER_IP_PER_HOUR: '0' },
    })
    const session = async (email: string) => ({ Authorization: `JWT ${(await login(server.url, email)).body.token}` })
    staff = { admin: await session('admin@zhongcao.local'), kolManager: await session('kol@zhongcao.local'), editor: await session('editor@zhongcao.local') }
    productId = (await rest('GET', '/api/products?where[sku][equals]=HY-CREAM-50', staff.admin)).body.docs[0].id
    couponProductId = (await rest('GET', '/api/products?where[sku][equals]=XH-RICE-250', staff.admin)).body.docs[0].id
    for (const [index, colour] of ['#d9a', '#6ab'].entries()) {
      const base = sharp({ create: { width: 900, height: 1200, channels: 3, background: colour } }).composite([
        { input: Buffer.from(`<svg width="900" height="1200"><circle cx="${300 + index * 300}" cy="500" r="220" fill="#fff"/></svg>`) },
      ])
      photos.push(await base.jpeg({ quality: 90 }).toBuffer())
    }
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('takes a submission with photos and the licence consent from an anonymous frontend, and flags the same photo sent again', async () => {
    const consent = await graphql(server.url, '{ ugcConsent { version text } }')
    expect(consent.body.data?.ugcConsent).toMatchObject({ version: CURRENT_CONSENT_VERSION, text: expect.stringContaining('授权') })

    const staged = await upload(photos.map((data, index) => ({ data, name: `photo-${index}.jpg`, type: 'image/jpeg' })))
    expect(staged.status).toBe(201)
    const contact = nextContact()
    const first = await submit(input({ contact, media: staged.body.uploads!.map((item) => item.token), text: '超好用，微信 deer_2026 私我' }))
    expect(first.body.errors).toBeUndefined()
    expect(first.body.data.submitUgc).toMatchObject({ status: 'pending', duplicate: false, maskedPersonalData: ['wechat'] })

    // The same photo, re-encoded smaller, from another shopper.
    const again = await sharp(photos[0]).resize(600).jpeg({ quality: 70 }).toBuffer()
    const second = await submit(
      input({ media: (await upload([{ data: again, name: 'mine.jpg', type: 'image/jpeg' }])).body.uploads!.map((item) => item.token) }),
    )
    expect(second.body.data.submitUgc.duplicate).toBe(true)

    const state = await graphql(server.url, STATE, {}, { id: first.body.data.submitUgc.id, contact: `+86 ${contact}` })
    expect(state.body.data?.ugcSubmission).toMatchObject({ status: 'pending', reward: null, licenceScopes: ['brand_channels'], erased: false })
    const stranger = await graphql(server.url, STATE, {}, { id: first.body.data.submitUgc.id, contact: '13911112222' })
    expect((stranger.body.errors as GraphqlError[])[0]!.extensions?.code).toBe('NOT_FOUND')
  })

  it('refuses a submission without consent, naming the field, in the shopper’s language, and stores nothing', async () => {
    const before = await submissionCount()
    const staged = (await upload([{ data: photos[1]!, name: 'mine.jpg', type: 'image/jpeg' }])).body.uploads!
    const zh = await submit(input({ licence: null, media: staged.map((item) => item.token) }))
    expect(zh.body.errors![0]).toMatchObject({ message: '须同意授权条款才能投稿', extensions: { code: 'CONSENT_REQUIRED' } })
    const en = await submit(input({ licence: { ...input().licence, accepted: false } }), { 'Accept-Language': 'en' })
    expect(en.body.errors![0]!.message).toBe('Tick the box to agree to the licence')
    expect(await submissionCount()).toBe(before)
    // The upload waits, unattached, for a submission the shopper sends again with consent.
    expect((await rest('GET', `/api/ugc-media/${staged[0]!.id}?depth=0`, staff.admin)).body).toMatchObject({
      submission: null,
      stagedUntil: expect.any(String),
    })
  })

  it('answers a contact over its daily limit with 429 and Retry-After', async () => {
    const contact = nextContact()
    for (let sent = 0; sent < PER_CONTACT_PER_DAY; sent++) expect((await submit(input({ contact }))).status).toBe(200)
    const refused = await submit(input({ contact: contact.replace(/^(\d{3})(\d{4})/, '$1-$2-') }))
    expect(refused.body.errors?.[0]?.extensions?.code ?? JSON.stringify(refused.body)).toBe('RATE_LIMITED')
    expect(refused.status).toBe(429)
    expect(refused.body.errors![0]!.extensions?.code).toBe('RATE_LIMITED')
    const retry = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: SUBMIT, variables: { input: input({ contact }) } }),
    })
    expect(retry.status).toBe(429)
    expect(Number(retry.headers.get('retry-after'))).toBeGreaterThan(3600)
  })

  it('lets KOL managers moderate with one coupon for simultaneous approvals, shows contacts only to them, and editors reuse within the licence', async () => {
    const contact = nextContact()
    const { id } = (await submit(input({ contact, product: String(couponProductId) }))).body.data.submitUgc
    const issuedBefore = (await rest('GET', '/api/reward-coupons?where[issuedTo][exists]=true&limit=0', staff.kolManager)).body.totalDocs
    const asEditor = await rest('GET', `/api/ugc-submissions/${id}`, staff.editor)
    expect(asEditor.body.author).toEqual({ nickname: '小鹿' })
    expect((await rest('GET', `/api/ugc-submissions/${id}`, staff.kolManager)).body.author.contact).toBe(contact)
    expect((await rest('PATCH', `/api/ugc-submissions/${id}`, staff.editor, { status: 'approved' })).status).toBe(403)

    const approvals = await Promise.all(
      Array.from({ length: 6 }, (_, index) => rest('PATCH', `/api/ugc-submissions/${id}`, index % 2 ? staff.admin : staff.kolManager, { status: 'approved' })),
    )
    expect(approvals.every((response) => response.status === 200)).toBe(true)
    const state = await graphql(server.url, STATE, {}, { id, contact })
    expect(state.body.data?.ugcSubmission).toMatchObject({ status: 'approved', reward: { kind: 'coupon', couponCode: expect.stringMatching(/^XH-UGC-/) } })
    const issued = await rest('GET', '/api/reward-coupons?where[issuedTo][exists]=true&limit=0', staff.kolManager)
    expect(issued.body.totalDocs).toBe(issuedBefore + 1)
    const audit = await rest('GET', `/api/audit-log?where[documentId][equals]=${id}&where[targetCollection][equals]=ugc-submissions`, staff.admin)
    expect(audit.body.docs.map((entry: { from: string; to: string }) => `${entry.from}→${entry.to}`)).toEqual(['pending→approved'])

    const paid = await rest('POST', `/api/ugc-submissions/${id}/reuse`, staff.editor, { use: 'paid-ads' })
    expect(paid.status).toBe(403)
    expect(paid.body.errors[0].message).toContain('付费广告投放')
    const made = await rest('POST', `/api/ugc-submissions/${id}/reuse`, staff.editor, { use: 'brand-channels' })
    expect(made.status).toBe(201)
    const asset = await rest('GET', `/api/content-assets/${made.body.doc.id}?depth=0`, staff.editor)
    expect(asset.body).toMatchObject({ status: 'draft', sourceUgc: Number(id), tags: ['UGC'] })
    expect(JSON.stringify(asset.body.body)).toContain('@小鹿')
  })

  it('erases a shopper’s personal data and files on their request, and keeps an audit entry without them', async () => {
    const contact = 'deer@example.com'
    const staged = await upload([{ data: photos[1]!, name: 'erase-me.jpg', type: 'image/jpeg' }])
    const { id } = (await submit(input({ contact, media: staged.body.uploads!.map((item) => item.token), nickname: '请删除我' }))).body.data.submitUgc
    const stored = (await rest('GET', `/api/ugc-media/${staged.body.uploads![0]!.id}?depth=0`, staff.admin)).body
    const files = [stored.filename, stored.sizes.thumbnail.filename] as string[]
    expect(files.every((file) => storedFiles().includes(file))).toBe(true)

    const erased = await graphql(server.url, ERASE, {}, { id, contact: 'Deer@Example.com' })
    expect(erased.body.data?.requestUgcErasure).toMatchObject({ erased: 1, message: '已删除您 1 条投稿的个人信息和素材' })
    expect(files.filter((file) => storedFiles().includes(file))).toEqual([])
    const submission = await rest('GET', `/api/ugc-submissions/${id}?depth=0`, staff.admin)
    expect(submission.body).toMatchObject({ text: '', media: [], author: { nickname: null, contact: null } })
    const audit = await rest('GET', `/api/audit-log?where[documentId][equals]=${id}&where[to][equals]=erased`, staff.admin)
    expect(audit.body.docs).toHaveLength(1)
    expect(JSON.stringify(audit.body.docs)).not.toMatch(/请删除我|deer@example/i)
    // Nothing left to find by that contact.
    expect((await graphql(server.url, STATE, {}, { id, contact })).body.errors).toBeDefined()
  })
})
