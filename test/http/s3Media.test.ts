import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CURRENT_CONSENT_VERSION } from '../../src/ugc/consent'
import { graphql, login, publisherApiKey, uploadMedia } from '../support/http'
import { type S3Bucket, startS3 } from '../support/s3'
import { freshMediaDir } from '../support/testDatabase'
import { type RunningServer, startServer } from '../support/testServer'
import { scenePhoto, textFile } from '../support/ugcFiles'

const FEED = `query Feed($platform: Platform!) { publishFeed(platform: $platform, first: 50) { nodes { title cover { url } media { url mimeType } } } }`
const SUBMIT = `mutation Submit($input: UgcSubmissionInput!) { submitUgc(input: $input) { id } }`
const ERASE = `mutation Erase($id: ID!, $contact: String!) { requestUgcErasure(submission: $id, contact: $contact) { erased } }`

/** Every file under a folder, as paths relative to it. */
const filesUnder = (directory: string): string[] =>
  fs.existsSync(directory)
    ? (fs.readdirSync(directory, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((entry) => entry.isFile()).map((entry) => entry.name)
    : []

/** The server with S3_* set: its media, the demo seed's included, live in the bucket and nowhere else. */
describe('media in an S3-compatible bucket', () => {
  const mediaDir = freshMediaDir('s3-media')
  // The server's own temp folder, where Payload writes upload bodies before they are stored.
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhongcao-s3-media-tmp-'))
  let s3: S3Bucket
  let server: RunningServer
  let staff: Record<'admin' | 'editor', Record<string, string>>

  const rest = async (method: string, url: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }
  const uploadUgc = async (files: { data: Buffer; name: string; type: string }[]) => {
    const form = new FormData()
    for (const file of files) form.append('files', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    const response = await fetch(`${server.url}/api/ugc/uploads`, { method: 'POST', body: form })
    return { status: response.status, body: (await response.json()) as { uploads?: { id: number; token: string }[] } }
  }

  beforeAll(async () => {
    s3 = await startS3('media')
    server = await startServer({ label: 's3-media', mode: 'development', env: { MEDIA_DIR: mediaDir, TMPDIR: tempDir, ...s3.env } })
    const session = async (email: string) => ({ Authorization: `JWT ${(await login(server.url, email)).body.token}` })
    staff = { admin: await session('admin@zhongcao.local'), editor: await session('editor@zhongcao.local') }
  }, 300_000)
  afterAll(async () => {
    await server?.stop()
    await s3?.stop()
    fs.rmSync(tempDir, { recursive: true, force: true })
  })

  it('serves the feed’s signed links from the bucket, with ranges for video players, and keeps nothing on the instance’s disk', async () => {
    expect(filesUnder(mediaDir)).toEqual([])
    const publisher = { Authorization: `users API-Key ${publisherApiKey}` }
    const notes = (await graphql(server.url, FEED, publisher, { platform: 'xiaohongshu' })).body.data!.publishFeed as { nodes: any[] }
    const coverUrl = new URL(notes.nodes.find((node) => node.cover.length > 0).cover[0].url, server.url)
    const cover = await fetch(coverUrl)
    expect(cover.status).toBe(200)
    expect(cover.headers.get('content-type')).toBe('image/jpeg')
    expect(cover.headers.get('cache-control')).toContain('immutable')
    const coverKey = `media/${decodeURIComponent(coverUrl.pathname.split('/').pop()!)}`
    expect(Buffer.from(await cover.arrayBuffer()).equals(await s3.object(coverKey))).toBe(true)
    const unchanged = await fetch(coverUrl, { headers: { 'If-None-Match': cover.headers.get('etag')! } })
    expect(unchanged.status).toBe(304)

    const douyin = (await graphql(server.url, FEED, publisher, { platform: 'douyin' })).body.data!.publishFeed as { nodes: any[] }
    const video = douyin.nodes.flatMap((node) => node.media).find((file: { mimeType: string }) => file.mimeType === 'video/mp4')
    const videoUrl = new URL(video.url, server.url)
    const part = await fetch(videoUrl, { headers: { Range: 'bytes=4-11' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toMatch(/^bytes 4-11\/\d+$/)
    const whole = await s3.object(`media/${decodeURIComponent(videoUrl.pathname.split('/').pop()!)}`)
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(4, 12))

    const forged = new URL(coverUrl)
    forged.searchParams.set('sig', 'A'.repeat(24))
    expect((await fetch(forged)).status).toBe(404)
  })

  it('stores a staff upload and its platform crops in the bucket, leaves no temp file, reads them back only for staff, and deletes them with the document', async () => {
    const photo = await sharp({ create: { width: 2160, height: 2880, channels: 3, background: '#c9a7e8' } })
      .jpeg()
      .toBuffer()
    const created = await uploadMedia(server.url, staff.editor, { data: photo, name: 'autumn-cover.jpg', type: 'image/jpeg' }, '秋冬封面')
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string; sizes: Record<string, { filename: string }> } }
    const keys = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)].map((name) => `media/${name}`).sort()
    expect(keys).toHaveLength(7)
    expect((await s3.keys('media/')).filter((key) => keys.includes(key))).toEqual(keys)
    expect(filesUnder(mediaDir)).toEqual([])

    const asStaff = await fetch(`${server.url}/api/media/file/${doc.filename}`, { headers: staff.editor })
    expect(asStaff.status).toBe(200)
    expect(Buffer.from(await asStaff.arrayBuffer()).equals(await s3.object(`media/${doc.filename}`))).toBe(true)
    expect((await fetch(`${server.url}/api/media/file/${doc.filename}`)).status).toBe(403)

    expect(filesUnder(tempDir).filter((file) => file.startsWith('tmp-'))).toEqual([])
    const refused = await uploadMedia(server.url, staff.editor, { data: textFile(), name: 'not-a-photo.jpg', type: 'image/jpeg' }, '伪装')
    expect(refused.status).toBe(400)
    expect(filesUnder(tempDir).filter((file) => file.startsWith('tmp-'))).toEqual([])

    expect((await rest('DELETE', `/api/media/${doc.id}`, staff.editor)).status).toBe(200)
    expect((await s3.keys('media/')).filter((key) => keys.includes(key))).toEqual([])
  })

  it('keeps shoppers’ files under ugc/, stores nothing of a refused upload, copies a reused photo and erases every copy on request', async () => {
    const before = await s3.keys('ugc/')
    const photo = await scenePhoto('lipstick', 900, 1200).jpeg().toBuffer()
    const refused = await uploadUgc([
      { data: photo, name: 'fine.jpg', type: 'image/jpeg' },
      { data: textFile(), name: 'not-a-photo.png', type: 'image/png' },
    ])
    expect(refused.status).toBe(415)
    expect(await s3.keys('ugc/')).toEqual(before)

    const staged = await uploadUgc([{ data: photo, name: 'lipstick.jpg', type: 'image/jpeg' }])
    expect(staged.status).toBe(201)
    const stored = (await rest('GET', `/api/ugc-media/${staged.body.uploads![0]!.id}?depth=0`, staff.admin)).body
    const ugcKeys = [stored.filename, stored.sizes.thumbnail.filename].map((name: string) => `ugc/${name}`).sort()
    expect((await s3.keys('ugc/')).filter((key) => !before.includes(key))).toEqual(ugcKeys)

    const productId = (await rest('GET', '/api/products?where[sku][equals]=HY-CREAM-50', staff.admin)).body.docs[0].id
    const contact = '13500009999'
    const input = {
      product: String(productId),
      text: '口红颜色很正，显白。',
      media: [staged.body.uploads![0]!.token],
      source: 'xiaohongshu',
      nickname: '小鹿',
      contact,
      licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: ['brand_channels'], termMonths: 12 },
    }
    const { id } = (await graphql(server.url, SUBMIT, {}, { input })).body.data!.submitUgc as { id: string }
    expect((await rest('PATCH', `/api/ugc-submissions/${id}`, staff.admin, { status: 'approved' })).status).toBe(200)
    const made = await rest('POST', `/api/ugc-submissions/${id}/reuse`, staff.editor, { use: 'brand-channels' })
    expect(made.status).toBe(201)
    // The photo and the platform crops it is large enough for, copied into the library for the new asset.
    const asset = (await rest('GET', `/api/content-assets/${made.body.doc.id}?depth=1`, staff.editor)).body
    const copyNames: string[] = asset.media
      .flatMap((copy: { filename: string; sizes: Record<string, { filename: string | null }> }) => [
        copy.filename,
        ...Object.values(copy.sizes).map((size) => size.filename),
      ])
      .filter(Boolean)
    // Crops of the same size share one file.
    const copyKeys = [...new Set(copyNames)].map((name) => `media/${name}`).sort()
    expect(copyKeys.length).toBeGreaterThan(1)
    expect(await s3.keys(`media/ugc-${id}-`)).toEqual(copyKeys)

    const erased = await graphql(server.url, ERASE, {}, { id, contact })
    expect(erased.body.data?.requestUgcErasure).toEqual({ erased: 1 })
    expect(await s3.keys(`media/ugc-${id}-`)).toEqual([])
    expect((await s3.keys('ugc/')).filter((key) => ugcKeys.includes(key))).toEqual([])
    expect(filesUnder(mediaDir)).toEqual([])
  })
})
