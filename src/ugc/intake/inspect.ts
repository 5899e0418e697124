import { fileTypeFromFile } from 'file-type'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import sharp, { type OutputInfo, type Sharp, type SharpOptions } from 'sharp'
import phash from 'sharp-phash'

import type { Localized } from '../../i18n/localized'

import { hashBands, hexOfBinaryHash } from '../perceptualHash'
import { UGC_IMAGE_TYPES, UGC_VIDEO_TYPES, type UgcUploadLimits } from './limits'

export type UgcImageType = (typeof UGC_IMAGE_TYPES)[number]
export type UgcVideoType = (typeof UGC_VIDEO_TYPES)[number]

export type AcceptedUgcFile = {
  ok: true
  kind: 'image' | 'video'
  mimeType: UgcImageType | UgcVideoType
  /** The extension of the type found in the content, whatever the file was called. */
  ext: string
  /** The bytes to store: an image re-encoded without its metadata, a video as uploaded. */
  data: Buffer
  width?: number
  height?: number
  phash?: string
  phashBands?: string[]
  sha256: string
}

export type RefusedUgcFile = { ok: false; code: UgcFileRefusal; status: number; message: Localized }

export type UgcFileRefusal = 'UNSUPPORTED_FILE_TYPE' | 'FILE_TOO_LARGE' | 'IMAGE_UNREADABLE' | 'IMAGE_TOO_LARGE'

const isImageType = (mime: string): mime is UgcImageType => (UGC_IMAGE_TYPES as readonly string[]).includes(mime)
const isVideoType = (mime: string): mime is UgcVideoType => (UGC_VIDEO_TYPES as readonly string[]).includes(mime)

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

const refused = (code: UgcFileRefusal, status: number, message: Localized): RefusedUgcFile => ({ ok: false, code, status, message })

/**
 * Re-encoding in the image's own format: sharp writes no metadata unless asked, so EXIF (GPS,
 * camera, time), XMP and the ICC profile are gone; `rotate()` first bakes the EXIF orientation
 * into the pixels so the photo still stands the right way up without it.
 */
const encoders: Record<UgcImageType, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 90 }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: 90 }),
}

async function inspectImage(path: string, mimeType: UgcImageType, ext: string, limits: UgcUploadLimits): Promise<AcceptedUgcFile | RefusedUgcFile> {
  // 'error' also stops at a truncated file, which libvips would otherwise pad with grey.
  const options: SharpOptions = { failOn: 'error', limitInputPixels: limits.imagePixels }
  const unreadable = refused('IMAGE_UNREADABLE', 400, {
    zh: '图片已损坏或不完整，无法读取，请重新导出后再上传。',
    en: 'The image is damaged or incomplete and cannot be read; export it again and upload it once more.',
  })
  let encoded: { data: Buffer; info: OutputInfo }
  try {
    // The header alone tells a decompression bomb (a small file of a gigapixel image) before any
    // decoding; read without the pixel limit, which would otherwise refuse it as unreadable.
    const { width = 0, height = 0 } = await sharp(path, { ...options, limitInputPixels: false }).metadata()
    if (width * height > limits.imagePixels) {
      return refused('IMAGE_TOO_LARGE', 400, {
        zh: `图片尺寸过大（${width}×${height}），像素总数不能超过 ${limits.imagePixels.toLocaleString('en')}。`,
        en: `The image is too large (${width}×${height}); at most ${limits.imagePixels.toLocaleString('en')} pixels are accepted.`,
      })
    }
    encoded = await encoders[mimeType](sharp(path, options).rotate()).toBuffer({ resolveWithObject: true })
  } catch {
    return unreadable
  }
  const hash = hexOfBinaryHash(await phash(encoded.data))
  return {
    ok: true,
    kind: 'image',
    mimeType,
    ext,
    data: encoded.data,
    width: encoded.info.width,
    height: encoded.info.height,
    phash: hash,
    phashBands: hashBands(hash),
    sha256: createHash('sha256').update(encoded.data).digest('hex'),
  }
}

function tooLarge(kind: 'image' | 'video', size: number, limits: UgcUploadLimits): RefusedUgcFile | null {
  const limit = kind === 'image' ? limits.imageBytes : limits.videoBytes
  if (size <= limit) return null
  return refused('FILE_TOO_LARGE', 413, {
    zh: kind === 'image' ? `图片过大：每张不能超过 ${megabytes(limit)}。` : `视频过大：不能超过 ${megabytes(limit)}。`,
    en: kind === 'image' ? `The image is too large: at most ${megabytes(limit)} per image.` : `The video is too large: at most ${megabytes(limit)}.`,
  })
}

/** Videos are kept as uploaded: their container metadata (e.g. a recording location) is not stripped. */
async function inspectVideo(path: string, mimeType: UgcVideoType, ext: string): Promise<AcceptedUgcFile> {
  const data = await readFile(path)
  return { ok: true, kind: 'video', mimeType, ext, data, sha256: createHash('sha256').update(data).digest('hex') }
}

/**
 * Checks one uploaded file (SPEC §7) and prepares what is stored. The type comes from the content
 * (magic bytes), never from the name or the declared MIME type, so a renamed text file or
 * executable is refused; images must decode completely.
 */
export async function inspectUgcFile({ path, size }: { path: string; size: number }, limits: UgcUploadLimits): Promise<AcceptedUgcFile | RefusedUgcFile> {
  const type = await fileTypeFromFile(path)
  if (type && isImageType(type.mime)) return tooLarge('image', size, limits) ?? inspectImage(path, type.mime, type.ext, limits)
  if (type && isVideoType(type.mime)) return tooLarge('video', size, limits) ?? inspectVideo(path, type.mime, type.ext)
  return refused('UNSUPPORTED_FILE_TYPE', 415, {
    zh: '不支持该文件类型：仅接受 JPEG、PNG、WebP 图片或 MP4、MOV 视频（按文件内容识别，与文件名无关）。',
    en: 'Unsupported file type: only JPEG, PNG or WebP images and MP4 or MOV videos are accepted (judged by the content, not the file name).',
  })
}
