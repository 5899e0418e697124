import type { RequestHandler } from 'express'
import type { CollectionSlug, Payload } from 'payload'
import type { Logger } from 'pino'

import type { Localized } from '../i18n/localized'

import { constants } from 'node:fs'
import { access, stat, statfs } from 'node:fs/promises'

import { requestLanguage } from '../server/adminLanguage'

export const STORAGE_UNAVAILABLE = 'STORAGE_UNAVAILABLE'

/** Room an upload needs besides its own bytes: the resized copies Payload writes next to images. */
const HEADROOM_BYTES = 16 * 1024 * 1024

/**
 * Why files cannot be stored in `directory` now, or null when they can: it is missing or not a
 * directory, not writable by this process, or its filesystem has less free space than `neededBytes`.
 */
export async function storageProblem(directory: string, neededBytes: number): Promise<string | null> {
  try {
    if (!(await stat(directory)).isDirectory()) return `${directory} is not a directory`
    await access(directory, constants.W_OK)
    const { bavail, bsize } = await statfs(directory)
    const free = bavail * bsize
    return free < neededBytes ? `${directory} has ${free} bytes free, ${neededBytes} needed` : null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const refusal: Localized = {
  zh: '文件存储暂时不可用（磁盘已满或不可写），文件未保存，请稍后再试。',
  en: 'File storage is unavailable (disk full or not writable); nothing was stored, please try again later.',
}

/**
 * Refuses an upload with 507 before any of it is stored when its collection's directory cannot
 * take it: a clear answer instead of a 500 from a half-written file. `collectionOf` names the
 * upload collection a multipart request writes to, or null.
 */
export function refuseUploadsWithoutStorage({
  payloadInstance,
  collectionOf,
  logger,
  discardBody,
}: {
  payloadInstance: () => Payload | undefined
  collectionOf: (method: string, path: string) => string | null
  logger: Logger
  /** Reads what is left of the request before answering, so the client reads the answer. */
  discardBody: (req: Parameters<RequestHandler>[0]) => Promise<'read' | 'cut'>
}): RequestHandler {
  return async (req, res, next) => {
    const slug = req.is('multipart/form-data') ? collectionOf(req.method, req.path) : null
    const upload = slug ? payloadInstance()?.collections[slug as CollectionSlug]?.config.upload : undefined
    // Files kept in S3 (disableLocalStorage) never touch the directory; the bucket answers for itself.
    const directory = upload && !upload.disableLocalStorage ? upload.staticDir : undefined
    if (!directory) return next()
    const problem = await storageProblem(directory, Number(req.headers['content-length'] ?? 0) + HEADROOM_BYTES)
    if (!problem) return next()
    logger.error({ collection: slug, problem }, 'upload refused: file storage unavailable')
    if ((await discardBody(req)) === 'cut') return
    res
      .status(507)
      .set('Cache-Control', 'no-store')
      .json({ errors: [{ message: refusal[requestLanguage(req.headers)], extensions: { code: STORAGE_UNAVAILABLE } }] })
  }
}
