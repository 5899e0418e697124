import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { type AcceptedUgcFile, inspectUgcFile } from '../../../src/ugc/intake/inspect'
import { readUgcUploadLimits } from '../../../src/ugc/intake/limits'
import { DUPLICATE_MAX_DISTANCE, hammingDistance } from '../../../src/ugc/perceptualHash'
import { elfExecutable, peExecutable, photoWithGps, pixelBomb, scenePhoto, textFile, truncated } from '../../support/ugcFiles'

const directory = mkdtempSync(path.join(os.tmpdir(), 'zhongcao-ugc-intake-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const limits = readUgcUploadLimits({ NODE_ENV: 'test' })
let written = 0
const inspect = (data: Buffer, name: string, fileLimits = limits) => {
  const file = path.join(directory, `${written++}-${name}`)
  writeFileSync(file, data)
  return inspectUgcFile({ path: file, size: data.length }, fileLimits)
}
const accepted = async (data: Buffer, name: string): Promise<AcceptedUgcFile> => {
  const result = await inspect(data, name)
  if (!result.ok) throw new Error(`refused: ${result.message.en}`)
  return result
}

describe('UGC file intake', () => {
  it('accepts JPEG, PNG and WebP photos, typed by their content, with their dimensions', async () => {
    const photo = scenePhoto('breakfast', 640, 480)
    for (const [format, mimeType, name] of [
      ['jpeg', 'image/jpeg', 'IMG_0001.JPG'],
      ['png', 'image/png', 'screenshot.png'],
      ['webp', 'image/webp', 'photo.jpg'],
    ] as const) {
      const result = await accepted(await photo.clone().toFormat(format).toBuffer(), name)
      expect(result).toMatchObject({ kind: 'image', mimeType, width: 640, height: 480 })
      expect(result.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(result.phash).toMatch(/^[0-9a-f]{16}$/)
      expect(result.phashBands).toHaveLength(DUPLICATE_MAX_DISTANCE + 1)
      expect((await sharp(result.data).metadata()).format).toBe(format === 'jpeg' ? 'jpeg' : format)
    }
  })

  it('refuses a text file named .png and executables named .jpg, whatever their name says', async () => {
    for (const [data, name] of [
      [textFile(), 'photo.png'],
      [elfExecutable(), 'photo.jpg'],
      [peExecutable(), 'photo.jpg'],
    ] as const) {
      const result = await inspect(data, name)
      expect(result).toMatchObject({ ok: false, code: 'UNSUPPORTED_FILE_TYPE', status: 415 })
      expect(!result.ok && result.message.zh).toContain('不支持该文件类型')
    }
  })

  it('refuses a truncated JPEG with a clear error instead of failing', async () => {
    const photo = await scenePhoto('breakfast').jpeg().toBuffer()
    const result = await inspect(truncated(photo), 'cut.jpg')
    expect(result).toMatchObject({ ok: false, code: 'IMAGE_UNREADABLE', status: 400, message: { zh: expect.stringContaining('损坏') } })
  })

  it('refuses an image over the size limit', async () => {
    const photo = await scenePhoto('breakfast').png().toBuffer()
    const small = { ...limits, imageBytes: photo.length - 1 }
    expect(await inspect(photo, 'big.png', small)).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE', status: 413 })
    expect(await inspect(photo, 'fits.png', { ...small, imageBytes: photo.length })).toMatchObject({ ok: true })
  })

  it('refuses a decompression bomb by its pixel count', async () => {
    const result = await inspect(await pixelBomb(), 'bomb.png')
    expect(result).toMatchObject({ ok: false, code: 'IMAGE_TOO_LARGE', status: 400, message: { en: expect.stringContaining('10000×10000') } })
  })

  it('stores the photo without its EXIF (GPS, camera), upright as the phone showed it', async () => {
    const original = await photoWithGps()
    const uprightTurned = await sharp(original).withMetadata({ orientation: 6 }).keepExif().jpeg().toBuffer()
    const before = await sharp(uprightTurned).metadata()
    expect(before.exif?.includes(Buffer.from('ZhongcaoPhone'))).toBe(true)
    // The GPS IFD pointer tag (0x8825), little-endian.
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true)
    expect(before.orientation).toBe(6)

    const result = await accepted(uprightTurned, 'IMG_0002.jpg')
    const after = await sharp(result.data).metadata()
    expect([after.exif, after.xmp, after.icc, after.orientation]).toEqual([undefined, undefined, undefined, undefined])
    expect(result.data.includes(Buffer.from('ZhongcaoPhone'))).toBe(false)
    // Orientation 6 is a quarter turn: the stored pixels are turned instead.
    expect([result.width, result.height]).toEqual([600, 800])
  })

  it('gives the same photo recompressed and resized a perceptual hash within the duplicate distance, a different photo not', async () => {
    const first = await accepted(await scenePhoto('breakfast').jpeg({ quality: 92 }).toBuffer(), 'a.jpg')
    const resent = await accepted(
      await scenePhoto('breakfast')
        .jpeg({ quality: 92 })
        .toBuffer()
        .then((jpeg) => sharp(jpeg).resize(560).jpeg({ quality: 55 }).toBuffer()),
      'b.jpg',
    )
    const other = await accepted(await scenePhoto('lipstick').jpeg({ quality: 92 }).toBuffer(), 'c.jpg')
    expect(resent.sha256).not.toBe(first.sha256)
    expect(hammingDistance(first.phash!, resent.phash!)).toBeLessThanOrEqual(DUPLICATE_MAX_DISTANCE)
    expect(hammingDistance(first.phash!, other.phash!)).toBeGreaterThan(DUPLICATE_MAX_DISTANCE)
  })
})
