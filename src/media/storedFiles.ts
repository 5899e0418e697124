import type { NextFunction, Request, Response } from 'express'
import type { Readable } from 'node:stream'

import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { uploadDirectory } from '../config/mediaDirectory'
import { readS3Settings, S3_PREFIXES, type S3Settings } from '../config/s3Storage'

export type UploadCollection = keyof typeof S3_PREFIXES

/**
 * The files behind upload documents, where Payload keeps them: MEDIA_DIR on disk, or the S3 bucket
 * (`@payloadcms/storage-s3`, same folder per collection). Payload writes and deletes them with its
 * documents; this is for our own paths around it — reading a shopper's photo to copy it, removing
 * files of rows deleted in bulk or of a transaction that failed after Payload stored them, and
 * serving the feed's signed links.
 */
export type StoredFiles = {
  read(collection: UploadCollection, filename: string): Promise<Buffer>
  remove(collection: UploadCollection, filenames: readonly string[]): Promise<void>
  /** Payload stores a failed upload's files before its row fails: callers name them with a prefix of their own. */
  removeStartingWith(collection: UploadCollection, prefixes: readonly string[]): Promise<void>
  /** Answers with the file, cacheable for a year (a replaced file gets a new name); 404 when there is none. */
  send(collection: UploadCollection, filename: string, req: Request, res: Response, next: NextFunction): void
}

const YEAR_SECONDS = 365 * 24 * 60 * 60
const notFound = (res: Response) => res.status(404).json({ errors: [{ message: 'Not found' }] })

const diskFiles: StoredFiles = {
  read: (collection, filename) => readFile(path.join(uploadDirectory(collection), filename)),
  remove: async (collection, filenames) => {
    await Promise.all(filenames.map((filename) => rm(path.join(uploadDirectory(collection), filename), { force: true })))
  },
  removeStartingWith: async (collection, prefixes) => {
    const written = await readdir(uploadDirectory(collection)).catch(() => [])
    await diskFiles.remove(
      collection,
      written.filter((file) => prefixes.some((prefix) => file.startsWith(prefix))),
    )
  },
  send: (collection, filename, _req, res, next) => {
    res.sendFile(filename, { root: uploadDirectory(collection), dotfiles: 'deny', maxAge: YEAR_SECONDS * 1000, immutable: true }, (error) => {
      if (error && !res.headersSent) notFound(res)
      else if (error) next(error)
    })
  },
}

const statusOf = (error: unknown): number | undefined => (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode

function bucketFiles({ bucket, client: clientConfig }: S3Settings): StoredFiles {
  const client = new S3Client(clientConfig)
  const keyOf = (collection: UploadCollection, filename: string) => `${S3_PREFIXES[collection]}/${filename}`
  const files: StoredFiles = {
    read: async (collection, filename) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(collection, filename) }))
      return Buffer.from(await object.Body!.transformToByteArray())
    },
    // One DeleteObject per file: the batch call needs a Content-MD5 that some S3-compatible stores insist on.
    remove: async (collection, filenames) => {
      await Promise.all(filenames.map((filename) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(collection, filename) }))))
    },
    removeStartingWith: async (collection, prefixes) => {
      for (const prefix of prefixes) {
        let ContinuationToken: string | undefined
        do {
          const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: keyOf(collection, prefix), ContinuationToken }))
          await files.remove(
            collection,
            (page.Contents ?? []).map((object) => object.Key!.slice(S3_PREFIXES[collection].length + 1)),
          )
          ContinuationToken = page.NextContinuationToken
        } while (ContinuationToken)
      }
    },
    send: (collection, filename, req, res, next) => {
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: keyOf(collection, filename),
        // Video players seek with ranges; browsers revalidate with the ETag.
        Range: req.headers.range,
        IfNoneMatch: req.headers['if-none-match'],
      })
      // A client that goes away mid-download must not leave the bucket's stream open.
      const abort = new AbortController()
      res.on('close', () => abort.abort())
      client.send(command, { abortSignal: abort.signal }).then(
        (object) => {
          res.status(object.ContentRange ? 206 : 200)
          res.set({
            'Accept-Ranges': 'bytes',
            'Cache-Control': `public, max-age=${YEAR_SECONDS}, immutable`,
            ...(object.ContentType && { 'Content-Type': object.ContentType }),
            ...(object.ContentLength !== undefined && { 'Content-Length': String(object.ContentLength) }),
            ...(object.ContentRange && { 'Content-Range': object.ContentRange }),
            ...(object.ETag && { ETag: object.ETag }),
            ...(object.LastModified && { 'Last-Modified': object.LastModified.toUTCString() }),
          })
          const body = object.Body as Readable
          body.on('error', next).pipe(res)
        },
        (error: unknown) => {
          const status = statusOf(error)
          if (status === 304) res.status(304).end()
          else if (status === 416) res.status(416).end()
          else if (status === 404 || (error as Error).name === 'NoSuchKey') notFound(res)
          else next(error)
        },
      )
    },
  }
  return files
}

let chosen: StoredFiles | undefined

/** The store this process's config uses (decided once, from the environment, like the config). */
export function storedFiles(): StoredFiles {
  if (!chosen) {
    const s3 = readS3Settings(process.env)
    chosen = s3 ? bucketFiles(s3) : diskFiles
  }
  return chosen
}
