import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

import { readS3Settings } from '../../src/config/s3Storage'

export type S3Bucket = {
  /** The S3_* environment a server instance needs to keep its media in this bucket. */
  env: Record<string, string>
  client: S3Client
  bucket: string
  /** Every object key under a folder, sorted. */
  keys: (prefix: string) => Promise<string[]>
  object: (key: string) => Promise<Buffer>
  stop: () => Promise<void>
}

/**
 * An S3-compatible server on a free port of 127.0.0.1 (s3rver: the S3 REST API over a local folder),
 * with one empty bucket, and a client configured from the same S3_* variables the server reads.
 */
export async function startS3(label: string): Promise<S3Bucket> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `zhongcao-s3-${label}-`))
  const bucket = 'zhongcao-media'
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = await server.run()
  const env = {
    S3_BUCKET: bucket,
    S3_REGION: 'cn-north-1',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  }
  const client = new S3Client(readS3Settings(env)!.client)
  return {
    env,
    client,
    bucket,
    keys: async (prefix) => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken }))
        keys.push(...(page.Contents ?? []).map((object) => object.Key!))
        ContinuationToken = page.NextContinuationToken
      } while (ContinuationToken)
      return keys.sort()
    },
    object: async (key) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    stop: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
