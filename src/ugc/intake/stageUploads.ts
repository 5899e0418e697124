import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { UgcMedia } from '../../payload-types'
import type { AcceptedUgcFile } from './inspect'

import { storedFiles } from '../../media/storedFiles'

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
    await storedFiles().removeStartingWith(
      'ugc-media',
      names.map((name) => path.parse(name).name),
    )
    throw error
  }
}
