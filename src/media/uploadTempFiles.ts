import type { Config, PayloadRequest } from 'payload'

import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Where Payload writes an upload's body while it is checked (its default is ./tmp under the working directory). */
export const uploadTempDirectory = (): string => path.join(os.tmpdir(), 'zhongcao-uploads')

const TEMP_FILE = 'uploadTempFile'

/** Noted at the start: the storage plugin clears `req.file` once it has stored the file. */
const noteTempFile = ({ req }: { req: PayloadRequest }) => {
  if (req.file?.tempFilePath) req.context[TEMP_FILE] = req.file.tempFilePath
}

const removeTempFile = async ({ req }: { req: PayloadRequest }) => {
  const tempFile = req.context[TEMP_FILE]
  if (typeof tempFile === 'string') await rm(tempFile, { force: true })
}

/**
 * Payload moves an upload's temporary file into MEDIA_DIR, but leaves it behind when the file goes
 * to S3 or the save fails: one file of up to UPLOAD_MAX_MB per upload, until the disk is full. This
 * plugin goes after the storage plugin, so its hooks run once the file has been stored.
 */
export const removeUploadTempFiles =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collection.upload
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [
                ...(collection.hooks?.beforeOperation ?? []),
                ({ args, req }) => {
                  noteTempFile({ req })
                  return args
                },
              ],
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                async ({ doc, req }) => {
                  await removeTempFile({ req })
                  return doc
                },
              ],
              afterError: [...(collection.hooks?.afterError ?? []), removeTempFile],
            },
          }
        : collection,
    ),
  })
