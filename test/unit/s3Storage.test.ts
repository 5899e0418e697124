import { describe, expect, it } from 'vitest'

import { readS3Settings } from '../../src/config/s3Storage'

describe('S3 media storage settings', () => {
  it('keeps media on disk when no S3 variable is set, or only empty ones', () => {
    expect(readS3Settings({})).toBeNull()
    expect(readS3Settings({ S3_BUCKET: '', S3_REGION: '', S3_FORCE_PATH_STYLE: 'true' })).toBeNull()
  })

  it('builds the client for an S3-compatible service from the environment', () => {
    const settings = readS3Settings({
      S3_BUCKET: 'brand-media',
      S3_REGION: 'oss-cn-shanghai',
      S3_ENDPOINT: 'https://oss-cn-shanghai.aliyuncs.com',
      S3_ACCESS_KEY_ID: 'LTAI-example',
      S3_SECRET_ACCESS_KEY: 'secret-example',
      S3_FORCE_PATH_STYLE: 'false',
    })
    expect(settings).toMatchObject({
      bucket: 'brand-media',
      client: {
        region: 'oss-cn-shanghai',
        endpoint: 'https://oss-cn-shanghai.aliyuncs.com',
        forcePathStyle: false,
        credentials: { accessKeyId: 'LTAI-example', secretAccessKey: 'secret-example' },
        requestChecksumCalculation: 'WHEN_REQUIRED',
      },
    })
  })

  it('leaves the keys to the SDK’s own chain (an instance role) when none are given', () => {
    expect(readS3Settings({ S3_BUCKET: 'brand-media', S3_REGION: 'cn-north-1' })?.client.credentials).toBeUndefined()
  })

  it('names every missing or unreadable variable', () => {
    expect(() => readS3Settings({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET[\s\S]*S3_REGION/)
    expect(() => readS3Settings({ S3_BUCKET: 'b', S3_REGION: 'r', S3_FORCE_PATH_STYLE: 'perhaps' })).toThrow(/S3_FORCE_PATH_STYLE/)
  })
})
