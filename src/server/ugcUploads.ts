import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'
import type { Logger } from 'pino'

import busboy from 'busboy'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

import type { Localized } from '../i18n/localized'

import { type AcceptedUgcFile, inspectUgcFile } from '../ugc/intake/inspect'
import { receivingDirectory, removeAbandonedReceivingDirectories } from '../ugc/intake/receivingDirectories'
import { stageUploads } from '../ugc/intake/stageUploads'
import { MAX_UGC_IMAGES, MAX_UGC_VIDEOS, mediaMixProblem, type UgcUploadLimits } from '../ugc/intake/limits'
import { createUploadToken } from '../ugc/uploadTokens'
import { requestLanguage } from './adminLanguage'
import { allowCorsOrigin } from './cors'
import { addressBucket, refuseOverLimit } from './rateLimit'

/** The multipart field the files come in. */
const FILES_FIELD = 'files'

type Refusal = { status: number; code: string; message: Localized; file?: { index: number; filename: string } }
type ReceivedFile = { path: string; size: number; filename: string }

const countLimits = `${MAX_UGC_IMAGES} 张图片或 ${MAX_UGC_VIDEOS} 个视频`
const countLimitsEn = `${MAX_UGC_IMAGES} images or ${MAX_UGC_VIDEOS} video`

const refusals = {
  invalid: (): Refusal => ({
    status: 400,
    code: 'INVALID_UPLOAD',
    message: { zh: '上传内容不完整或格式有误，请重新上传。', en: 'The upload is incomplete or malformed; please upload again.' },
  }),
  noFiles: (): Refusal => ({
    status: 400,
    code: 'NO_FILES',
    message: {
      zh: `没有收到文件：请以 multipart/form-data 在 ${FILES_FIELD} 字段上传 1 至 ${countLimits}。`,
      en: `No file received: send 1 to ${countLimitsEn} as multipart/form-data in the ${FILES_FIELD} field.`,
    },
  }),
  tooMany: (): Refusal => ({
    status: 400,
    code: 'TOO_MANY_FILES',
    message: { zh: `文件过多：一次最多上传 ${countLimits}。`, en: `Too many files: at most ${countLimitsEn} at a time.` },
  }),
  mixed: (): Refusal => ({
    status: 400,
    code: 'MIXED_MEDIA',
    message: {
      zh: `图片和视频不能一起上传：请选择最多 ${countLimits}。`,
      en: `Images and a video cannot be uploaded together: choose up to ${countLimitsEn}.`,
    },
  }),
  notReady: (): Refusal => ({
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message: { zh: '服务正在启动，请稍后再试。', en: 'The service is starting; please try again shortly.' },
  }),
  failed: (): Refusal => ({
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    message: { zh: '上传失败，请稍后再试。', en: 'The upload failed; please try again later.' },
  }),
}

/**
 * Reads and discards what is left of the request. A refusal answered while the client is still
 * sending its files makes Node close the connection under it, and the client (a browser's fetch
 * too) then reports a network error instead of the refusal. No more is read than an accepted
 * upload may be; past that the connection is cut.
 */
export async function discardBody(req: Request, maxBytes: number): Promise<'read' | 'cut'> {
  if (req.complete) return 'read'
  return new Promise((settle) => {
    let read = 0
    req.on('data', (chunk: Buffer) => {
      read += chunk.length
      if (read <= maxBytes) return
      req.destroy()
      settle('cut')
    })
    req.once('end', () => settle('read'))
    req.once('error', () => settle('cut'))
  })
}

function refuse(req: Request, res: Response, reasons: Refusal[]): void {
  const language = requestLanguage(req.headers)
  res.status(reasons[0]!.status).json({
    errors: reasons.map(({ code, message, file }) => ({
      message: message[language],
      extensions: { code, ...(file && { file: file.index, filename: file.filename }) },
    })),
  })
}

/**
 * Streams the request's files to the directory, each cut at `maxFileBytes + 1` bytes: a file that
 * reaches that size is over every limit, which the intake check then reports for its kind.
 * Busboy takes at most MAX_UGC_IMAGES files and reports whether more were sent.
 */
async function receiveFiles(req: Request, directory: string, maxFileBytes: number): Promise<{ files: ReceivedFile[]; tooMany: boolean }> {
  const parser = busboy({ headers: req.headers, limits: { files: MAX_UGC_IMAGES, fileSize: maxFileBytes + 1, fields: 20, fieldSize: 1024 } })
  const files: ReceivedFile[] = []
  const writes: Promise<void>[] = []
  let tooMany = false
  parser.on('file', (field, stream, info) => {
    if (field !== FILES_FIELD) return stream.resume()
    const file = { path: path.join(directory, String(files.length)), size: 0, filename: info.filename ?? '' }
    files.push(file)
    stream.on('data', (chunk: Buffer) => (file.size += chunk.length))
    const write = pipeline(stream, createWriteStream(file.path))
    // Awaited below; marked handled now, as it can fail (an aborted request) before it is awaited.
    write.catch(() => {})
    writes.push(write)
  })
  parser.on('filesLimit', () => (tooMany = true))
  try {
    await pipeline(req, parser)
  } finally {
    await Promise.allSettled(writes)
  }
  await Promise.all(writes)
  return { files, tooMany }
}

/**
 * POST /api/ugc/uploads: step one of a shopper's submission (docs/ugc.md). Anonymous. Takes 1–9
 * images or one video, checks every file (src/ugc/intake) before storing any, stores them as
 * staged `ugc-media` and answers a signed token per upload, which `submitUgc` exchanges for the
 * upload within UGC_STAGED_UPLOAD_HOURS; uploads never submitted are removed by a job.
 */
export function ugcUploads({
  payloadInstance,
  corsOrigins,
  limiter,
  limits,
  stagedHours,
  logger,
}: {
  payloadInstance: () => Payload | undefined
  corsOrigins: readonly string[]
  /** Counts files per client address; null when switched off. */
  limiter: RateLimiterAbstract | null
  limits: UgcUploadLimits
  stagedHours: number
  logger: Logger
}): RequestHandler {
  const maxFileBytes = Math.max(limits.imageBytes, limits.videoBytes)
  // Nine of the largest files and the multipart framing around them.
  const maxRequestBytes = MAX_UGC_IMAGES * maxFileBytes + 1024 * 1024
  void removeAbandonedReceivingDirectories().then(
    (removed) => removed.length > 0 && logger.warn({ removed }, 'removed the files of UGC uploads cut off by an earlier process'),
    (error: unknown) => logger.error({ err: error }, 'removing abandoned UGC upload files failed'),
  )
  return async (req, res) => {
    allowCorsOrigin(req, res, corsOrigins)
    // Refusals before the files are read still wait for the body (discardBody).
    const answerAfterBody = async (answer: () => void) => {
      if ((await discardBody(req, maxRequestBytes)) === 'read') answer()
    }
    const payload = payloadInstance()
    if (!payload) return answerAfterBody(() => refuse(req, res.set('Retry-After', '5'), [refusals.notReady()]))
    if (!req.is('multipart/form-data')) return answerAfterBody(() => refuse(req, res, [refusals.noFiles()]))
    const address = addressBucket(req.ip ?? 'unknown')
    // An address already over its limit is refused before its files are stored or inspected.
    const spent = await limiter?.get(address).catch(() => null)
    if (limiter && spent && spent.remainingPoints <= 0) return answerAfterBody(() => refuseOverLimit(req, res, limiter.points, spent, corsOrigins))

    const directory = await receivingDirectory()
    try {
      let received: Awaited<ReturnType<typeof receiveFiles>>
      try {
        received = await receiveFiles(req, directory, maxFileBytes)
      } catch {
        return refuse(req, res, [refusals.invalid()])
      }
      const { files, tooMany } = received
      if (limiter && files.length > 0) {
        try {
          await limiter.consume(address, files.length)
        } catch (error) {
          if (error instanceof RateLimiterRes) return refuseOverLimit(req, res, limiter.points, error, corsOrigins)
          // A broken counter must not take uploads down with it.
          logger.error({ err: error }, 'rate limits: counting UGC uploads failed, upload let through')
        }
      }
      if (tooMany) return refuse(req, res, [refusals.tooMany()])
      if (files.length === 0) return refuse(req, res, [refusals.noFiles()])

      // One at a time: decoding is the expensive part, and a request has at most nine.
      const inspected = []
      for (const file of files) inspected.push(await inspectUgcFile(file, limits))
      const refused = inspected.flatMap((result, index) =>
        result.ok ? [] : [{ status: result.status, code: result.code, message: result.message, file: { index, filename: files[index]!.filename } }],
      )
      if (refused.length > 0) return refuse(req, res, refused)
      const accepted = inspected.filter((result) => result.ok)
      const mix = mediaMixProblem(accepted.map((file) => file.kind))
      if (mix) return refuse(req, res, [mix === 'mixed' ? refusals.mixed() : refusals.tooMany()])

      const stagedUntil = new Date(Date.now() + stagedHours * 3_600_000)
      const docs = await stageUploads(payload, accepted, stagedUntil)
      res.status(201).json({
        uploads: docs.map((doc) => ({
          id: doc.id,
          token: createUploadToken(doc.id, stagedUntil, payload.secret),
          kind: doc.kind,
          mimeType: doc.mimeType,
          width: doc.width ?? null,
          height: doc.height ?? null,
          filesize: doc.filesize,
          stagedUntil: stagedUntil.toISOString(),
        })),
      })
    } catch (error) {
      logger.error({ err: error }, 'UGC upload failed')
      if (!res.headersSent) refuse(req, res, [refusals.failed()])
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  }
}
