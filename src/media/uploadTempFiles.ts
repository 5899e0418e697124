import type { Config, PayloadRequest } from 'payload'

import { rm } from 'node:fs/promises'

const TEMP_FILE = 'uploadTempFile'

const removeNotedTempFile = async (req: PayloadRequest) => {
  const tempFile = req.context[TEMP_FILE]
  if (typeof tempFile === 'string') await rm(tempFile, { force: true })
}

/**
 * Payload removes an upload's temporary file after the operation, succeeded or failed, through
 * `req.file`. The S3 storage plugin clears `req.file` once it has stored the file, so with S3
 * every upload left its temp file behind (up to UPLOAD_MAX_MB each, until the disk is full). The
 * file is noted before the operation and removed here when Payload no longer can. This plugin goes
 * after the storage plugin, so its afterChange hook runs after the file has been stored.
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
                  if (req.file?.tempFilePath) req.context[TEMP_FILE] = req.file.tempFilePath
                  return args
                },
              ],
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                async ({ doc, req }) => {
                  if (!req.file) await removeNotedTempFile(req)
                  return doc
                },
              ],
              // After the operation's own clean-up, which has already run if it still had `req.file`.
              afterError: [...(collection.hooks?.afterError ?? []), ({ req }) => removeNotedTempFile(req)],
            },
          }
        : collection,
    ),
  })
