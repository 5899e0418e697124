import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login } from '../support/http'
import { freshMediaDir } from '../support/testDatabase'
import { type RunningServer, startServer } from '../support/testServer'
import { noisePhoto, photoWithGps, scenePhoto, textFile, truncated } from '../support/ugcFiles'

const FRONTEND = 'https://shop.example.cn'
const FILES_PER_HOUR = 12

type Upload = { id: number; token: string; kind: string; mimeType: string; width: number | null; height: number | null; filesize: number; stagedUntil: string }
type UploadError = { message: string; extensions: { code: string; file?: number; filename?: string } }
type Part = { data: Buffer; name: string; type?: string }

/** The smallest MP4 file-type recognises: an `ftyp` box and an empty `mdat`. Videos are not decoded. */
const mp4 = (): Buffer => {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')])
  return Buffer.concat([ftyp, Buffer.from([0, 0, 0, 8]), Buffer.from('mdat')])
}

/**
 * The shopper's upload step through the real server. It trusts X-Forwarded-For from this machine,
 * so each test uploads from a client address of its own and has its own hourly file count.
 */
describe('UGC uploads (POST /api/ugc/uploads)', () => {
  let server: RunningServer
  let mediaDir: string
  let admin: Record<string, string>
  let nextAddress = 1
  const newAddress = () => `198.51.100.${nextAddress++}`

  const upload = async (parts: Part[], headers: Record<string, string> = {}) => {
    const form = new FormData()
    for (const part of parts) form.append('files', new Blob([new Uint8Array(part.data)], { type: part.type ?? 'image/jpeg' }), part.name)
    const response = await fetch(`${server.url}/api/ugc/uploads`, {
      method: 'POST',
      headers: { 'X-Forwarded-For': newAddress(), ...headers },
      body: form,
    })
    return { status: response.status, headers: response.headers, body: (await response.json()) as { uploads?: Upload[]; errors?: UploadError[] } }
  }

  const storedRows = async () => {
    const response = await fetch(`${server.url}/api/ugc-media?limit=100&depth=0`, { headers: { ...admin, 'X-Forwarded-For': newAddress() } })
    return ((await response.json()) as { docs: { id: number; filename: string }[] }).docs
  }
  const storedFiles = () => readdirSync(path.join(mediaDir, 'ugc')).sort()

  /** What is stored before and after a refused upload: the rows and the files on disk. */
  const expectNothingStored = async (refusedUpload: () => Promise<unknown>) => {
    const rowsBefore = await storedRows()
    const filesBefore = storedFiles()
    await refusedUpload()
    expect(await storedRows()).toEqual(rowsBefore)
    expect(storedFiles()).toEqual(filesBefore)
  }

  beforeAll(async () => {
    mediaDir = freshMediaDir('http-ugc-uploads')
    server = await startServer({
      label: 'http-ugc-uploads',
      mode: 'development',
      env: {
        MEDIA_DIR: mediaDir,
        TRUST_PROXY: 'loopback',
        CORS_ORIGINS: FRONTEND,
        SERVER_URL: 'http://cms.zhongcao.test',
        UGC_MAX_IMAGE_MB: '1',
        UGC_MAX_VIDEO_MB: '2',
        UGC_UPLOADS_PER_IP_PER_HOUR: String(FILES_PER_HOUR),
      },
    })
    admin = { Authorization: `JWT ${(await login(server.url, 'admin@zhongcao.local')).body.token}` }
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('stages JPEG, PNG and WebP photos and answers a token for each, readable by a shop frontend', async () => {
    const photo = scenePhoto('breakfast', 640, 480)
    const { status, body, headers } = await upload(
      [
        { data: await photo.clone().jpeg().toBuffer(), name: 'IMG_0001.JPG' },
        { data: await photo.clone().png().toBuffer(), name: 'screenshot.png', type: 'image/png' },
        { data: await photo.clone().webp().toBuffer(), name: '晒单.webp', type: 'image/webp' },
      ],
      { Origin: FRONTEND },
    )
    expect(status).toBe(201)
    expect(headers.get('access-control-allow-origin')).toBe(FRONTEND)
    expect(body.uploads!.map(({ kind, mimeType, width, height }) => ({ kind, mimeType, width, height }))).toEqual([
      { kind: 'image', mimeType: 'image/jpeg', width: 640, height: 480 },
      { kind: 'image', mimeType: 'image/png', width: 640, height: 480 },
      { kind: 'image', mimeType: 'image/webp', width: 640, height: 480 },
    ])
    const tokens = body.uploads!.map((item) => item.token)
    expect(new Set(tokens).size).toBe(3)
    for (const item of body.uploads!) {
      expect(item.token).toMatch(/^[\w-]+\.[\w-]+$/)
      expect(item.filesize).toBeGreaterThan(0)
      const hoursStaged = (Date.parse(item.stagedUntil) - Date.now()) / 3_600_000
      expect(hoursStaged).toBeGreaterThan(23.9)
      expect(hoursStaged).toBeLessThanOrEqual(24)
    }
    const rows = await storedRows()
    expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(body.uploads!.map((item) => item.id)))
  })

  it('stores the photo without the EXIF the phone wrote (GPS, camera), and not under the shopper’s file name', async () => {
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const { status, body } = await upload([{ data: original, name: 'IMG_GPS.jpg' }])
    expect(status).toBe(201)
    const row = (await storedRows()).find((doc) => doc.id === body.uploads![0]!.id)!
    expect(row.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
    const stored = readFileSync(path.join(mediaDir, 'ugc', row.filename))
    const metadata = await sharp(stored).metadata()
    expect(metadata.format).toBe('jpeg')
    expect([metadata.exif, metadata.xmp, metadata.icc]).toEqual([undefined, undefined, undefined])
    expect(stored.includes(Buffer.from('ZhongcaoPhone'))).toBe(false)
    // Not readable without a staff login: shoppers' media is personal data until licensed.
    expect((await fetch(`${server.url}/api/ugc-media/file/${row.filename}`, { headers: { 'X-Forwarded-For': newAddress() } })).status).toBe(403)
  })

  it('refuses a text file renamed .png, in Chinese by default, and stores nothing — not even the valid photo beside it', async () => {
    await expectNothingStored(async () => {
      const { status, body } = await upload([
        { data: await scenePhoto('breakfast').jpeg().toBuffer(), name: 'ok.jpg' },
        { data: textFile(), name: 'photo.png', type: 'image/png' },
      ])
      expect(status).toBe(415)
      expect(body.errors).toEqual([
        { message: expect.stringContaining('不支持该文件类型'), extensions: { code: 'UNSUPPORTED_FILE_TYPE', file: 1, filename: 'photo.png' } },
      ])
    })
  })

  it('answers in English to Accept-Language: en', async () => {
    const { status, body } = await upload([{ data: textFile(), name: 'photo.png' }], { 'Accept-Language': 'en-US,en;q=0.9' })
    expect(status).toBe(415)
    expect(body.errors![0]!.message).toMatch(/^Unsupported file type/)
  })

  it('refuses a truncated JPEG with a clear error, not a server error', async () => {
    await expectNothingStored(async () => {
      const { status, body } = await upload([{ data: truncated(await scenePhoto('lipstick').jpeg().toBuffer()), name: 'cut.jpg' }])
      expect(status).toBe(400)
      expect(body.errors).toEqual([
        { message: expect.stringContaining('图片已损坏或不完整'), extensions: { code: 'IMAGE_UNREADABLE', file: 0, filename: 'cut.jpg' } },
      ])
    })
  })

  it('refuses an image over UGC_MAX_IMAGE_MB, also one larger than any file may be', async () => {
    await expectNothingStored(async () => {
      for (const bytes of [1.5 * 1024 * 1024, 3 * 1024 * 1024]) {
        const { status, body } = await upload([{ data: await noisePhoto(bytes), name: 'huge.png', type: 'image/png' }])
        expect(status).toBe(413)
        expect(body.errors).toEqual([{ message: '图片过大：每张不能超过 1 MB。', extensions: { code: 'FILE_TOO_LARGE', file: 0, filename: 'huge.png' } }])
      }
    })
  })

  it('refuses 10 images, two videos and a video with images; accepts one video as uploaded', async () => {
    const photo = await scenePhoto('breakfast', 320, 240).jpeg().toBuffer()
    await expectNothingStored(async () => {
      const ten = await upload(Array.from({ length: 10 }, (_, index) => ({ data: photo, name: `${index}.jpg` })))
      expect(ten.status).toBe(400)
      expect(ten.body.errors).toEqual([{ message: '文件过多：一次最多上传 9 张图片或 1 个视频。', extensions: { code: 'TOO_MANY_FILES' } }])

      const videos = await upload([
        { data: mp4(), name: 'a.mp4', type: 'video/mp4' },
        { data: mp4(), name: 'b.mp4', type: 'video/mp4' },
      ])
      expect(videos.body.errors?.[0]?.extensions.code).toBe('TOO_MANY_FILES')
      const mixed = await upload([
        { data: mp4(), name: 'a.mp4', type: 'video/mp4' },
        { data: photo, name: 'a.jpg' },
      ])
      expect(mixed.status).toBe(400)
      expect(mixed.body.errors?.[0]?.extensions.code).toBe('MIXED_MEDIA')

      const none = await upload([])
      expect(none.status).toBe(400)
      expect(none.body.errors?.[0]?.extensions.code).toBe('NO_FILES')
    })
    const video = await upload([{ data: mp4(), name: 'unboxing.mp4', type: 'video/mp4' }])
    expect(video.status).toBe(201)
    expect(video.body.uploads).toEqual([expect.objectContaining({ kind: 'video', mimeType: 'video/mp4', filesize: mp4().length })])
  })

  it('counts files per client address and hour: over the limit is 429 with Retry-After, for the browser too', async () => {
    const address = newAddress()
    const photo = { data: await scenePhoto('lipstick', 320, 240).jpeg().toBuffer(), name: 'p.jpg' }
    const first = await upload(Array<Part>(9).fill(photo), { 'X-Forwarded-For': address })
    expect(first.status).toBe(201)
    await expectNothingStored(async () => {
      const over = await upload(Array<Part>(FILES_PER_HOUR - 9 + 1).fill(photo), { 'X-Forwarded-For': address, Origin: FRONTEND })
      expect(over.status).toBe(429)
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(3_000)
      expect(over.headers.get('access-control-allow-origin')).toBe(FRONTEND)
      expect(over.body.errors).toEqual([{ message: expect.stringMatching(/^请求过于频繁/), extensions: { code: 'RATE_LIMITED' } }])
      // Once over, the next request is refused before its files are inspected. It is a large one:
      // the refusal must still reach a client that is sending files when it is decided.
      const large = { data: await noisePhoto(4_000_000), name: 'large.png', type: 'image/png' }
      expect((await upload([large, large], { 'X-Forwarded-For': address })).status).toBe(429)
    })
    // Another address is not held back.
    expect((await upload([photo])).status).toBe(201)
  })
})
