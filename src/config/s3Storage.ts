import type { S3ClientConfig } from '@aws-sdk/client-s3'

import { z } from 'zod'

import { unsetWhenEmpty } from './envValues'

const optionalText = unsetWhenEmpty(z.string().trim().min(1).optional())

/**
 * S3-compatible media storage (AWS S3, Aliyun OSS, Tencent COS, Huawei OBS, MinIO…). Unset: media
 * stay in MEDIA_DIR. Keys come from the environment or, left out, from the SDK's own chain (an
 * instance role); never from the config.
 */
export const s3StorageEnv = z
  .object({
    S3_BUCKET: optionalText,
    S3_REGION: optionalText,
    /** Any S3-compatible service's endpoint, e.g. https://oss-cn-shanghai.aliyuncs.com; unset: AWS. */
    S3_ENDPOINT: unsetWhenEmpty(z.url({ protocol: /^https?$/ }).optional()),
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    /** Bucket in the path rather than the host name: most self-hosted services want it. */
    S3_FORCE_PATH_STYLE: unsetWhenEmpty(z.stringbool().default(false)),
  })
  .superRefine((env, context) => {
    const anySet = Object.entries(env).some(([name, value]) => name !== 'S3_FORCE_PATH_STYLE' && value !== undefined)
    if (!anySet) return
    for (const name of ['S3_BUCKET', 'S3_REGION'] as const) {
      if (!env[name]) context.addIssue({ code: 'custom', path: [name], message: 'is required once any S3_ variable is set (media go to S3)' })
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      const missing = env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'
      context.addIssue({ code: 'custom', path: [missing], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together' })
    }
  })

export type S3Settings = { bucket: string; client: S3ClientConfig }

/** Where each upload collection keeps its objects in the bucket, as its folder does on disk. */
export const S3_PREFIXES = { media: 'media', 'ugc-media': 'ugc' } as const

/** The storage settings, or null when media stay on disk. Throws on an incomplete S3 setting. */
export function readS3Settings(env: Record<string, string | undefined>): S3Settings | null {
  const settings = s3StorageEnv.parse(env)
  if (!settings.S3_BUCKET || !settings.S3_REGION) return null
  return {
    bucket: settings.S3_BUCKET,
    client: {
      region: settings.S3_REGION,
      endpoint: settings.S3_ENDPOINT,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
      credentials:
        settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY }
          : undefined,
      // The SDK's default integrity headers (aws-chunked CRC32 on every upload) are AWS-only; OSS,
      // COS and most self-hosted stores refuse or mangle them. Checksums then go only where required.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}
