import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { UgcMedia } from '../../payload-types'
import type { AcceptedUgcFile } from './inspect'

/** Payload writes an upload's files before its row and leaves them when the row fails: every file of this request's names goes. */
async function removeWrittenFiles(directory: string, names: string[]): Promise<void> {
  const written = await readdir(directory).catch(() => [])
  const prefixes = names.map((name) => path.parse(name).name)
  await Promise.all(written.filter((file) => prefixes.some((prefix) => file.startsWith(prefix))).map((file) => rm(path.join(directory, file), { force: true })))
}

/**
 * Stores checked files as staged `ugc-media`, all or none: one transaction (the caller's, when it
 * passes its request), and the files of a failed one removed.
 */
export async function stageUploads(payload: Payload, files: AcceptedUgcFile[], stagedUntil: Date, outerReq?: PayloadRequest): Promise<UgcMedia[]> {
  const names = files.map((file) => `${randomUUID()}.${file.ext}`)
  const req = outerReq ?? (await createLocalReq({}, payload))
  const shouldCommit = await initTransaction(req)
  try {
    const docs: UgcMedia[] = []
    for (const [index, file] of files.entries()) {
      docs.push(
        await payload.create({
          collection: 'ugc-media',
          data: { kind: file.kind, sha256: file.sha256, phash: file.phash, phashBands: file.phashBands, stagedUntil: stagedUntil.toISOString() },
          file: { data: file.data, mimetype: file.mimeType, name: names[index]!, size: file.data.length },
          overrideAccess: true,
          req,
        }),
      )
    }
    if (shouldCommit) await commitTransaction(req)
    return docs
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    await removeWrittenFiles(payload.collections['ugc-media'].config.upload.staticDir!, names)
    throw error
  }
}
