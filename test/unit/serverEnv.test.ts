import { describe, expect, it } from 'vitest'

import { readServerEnv, ServerEnvError } from '../../src/config/serverEnv'

const strongSecret = 'a'.repeat(64)

describe('readServerEnv', () => {
  it('fills in development defaults', () => {
    expect(readServerEnv({})).toMatchObject({ NODE_ENV: 'development', PORT: 3000, HOST: '0.0.0.0' })
  })

  it('refuses to start production without a real secret and names the variable', () => {
    expect(() => readServerEnv({ NODE_ENV: 'production' })).toThrow(ServerEnvError)
    expect(() => readServerEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /PAYLOAD_SECRET: is required in production and must be at least 32 characters/,
    )
    expect(readServerEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: strongSecret }).NODE_ENV).toBe('production')
  })

  it('lists every invalid variable at once', () => {
    try {
      readServerEnv({ NODE_ENV: 'production', PORT: 'eighty', LOG_LEVEL: 'loud' })
      expect.unreachable()
    } catch (error) {
      const message = (error as Error).message
      expect(message).toMatch(/^Invalid server environment:/)
      for (const name of ['PORT', 'LOG_LEVEL', 'PAYLOAD_SECRET']) expect(message).toContain(`  ${name}:`)
    }
  })

  it('defaults to rate limits in memory, no cross-origin access and no trusted proxy', () => {
    expect(readServerEnv({})).toMatchObject({
      RATE_LIMIT_PER_KEY_PER_MINUTE: 600,
      RATE_LIMIT_PER_IP_PER_MINUTE: 600,
      CORS_ORIGINS: [],
      TRUST_PROXY: false,
      GRAPHQL_MAX_DEPTH: 10,
      UGC_UPLOADS_PER_IP_PER_HOUR: 60,
      UGC_STAGED_UPLOAD_HOURS: 24,
    })
    // `NAME=` as .env.example writes it is unset, not zero.
    const unset = readServerEnv({ RATE_LIMIT_PER_IP_PER_MINUTE: '', REDIS_URL: '', TRUST_PROXY: '' })
    expect(unset).toMatchObject({ RATE_LIMIT_PER_IP_PER_MINUTE: 600, TRUST_PROXY: false })
    expect(unset.REDIS_URL).toBeUndefined()
    expect(readServerEnv({ RATE_LIMIT_PER_KEY_PER_MINUTE: '0', REDIS_URL: 'rediss://cache.internal:6380/2' })).toMatchObject({
      RATE_LIMIT_PER_KEY_PER_MINUTE: 0,
      REDIS_URL: 'rediss://cache.internal:6380/2',
    })
  })

  it('reads TRUST_PROXY as Express takes it: a switch, a hop count or the proxies', () => {
    const trustProxy = (value: string) => readServerEnv({ TRUST_PROXY: value }).TRUST_PROXY
    expect(trustProxy('true')).toBe(true)
    expect(trustProxy('false')).toBe(false)
    expect(trustProxy('2')).toBe(2)
    expect(trustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8')
  })

  it('takes CORS origins as browsers send them, and only with the CMS’s own origin', () => {
    const env = { SERVER_URL: 'https://cms.brand.cn', CORS_ORIGINS: ' https://shop.brand.cn , http://localhost:5173/' }
    expect(readServerEnv(env).CORS_ORIGINS).toEqual(['https://shop.brand.cn', 'http://localhost:5173'])
    expect(() => readServerEnv({ CORS_ORIGINS: 'https://shop.brand.cn' })).toThrow(/CORS_ORIGINS: needs SERVER_URL/)
    for (const bad of ['shop.brand.cn', 'https://shop.brand.cn/app', 'ftp://shop.brand.cn']) {
      expect(() => readServerEnv({ ...env, CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/)
    }
  })

  it('names every invalid limit', () => {
    try {
      readServerEnv({ RATE_LIMIT_PER_KEY_PER_MINUTE: '-1', REDIS_URL: 'http://cache', GRAPHQL_MAX_DEPTH: '0', SERVER_URL: 'cms.brand.cn' })
      expect.unreachable()
    } catch (error) {
      for (const name of ['RATE_LIMIT_PER_KEY_PER_MINUTE', 'REDIS_URL', 'GRAPHQL_MAX_DEPTH', 'SERVER_URL'])
        expect((error as Error).message).toContain(`  ${name}:`)
    }
  })

  it('runs the jobs queue unless JOBS_RUNNER switches it off, and refuses a value it cannot read', () => {
    expect(readServerEnv({}).JOBS_RUNNER).toBe(true)
    expect(readServerEnv({ JOBS_RUNNER: 'false' }).JOBS_RUNNER).toBe(false)
    expect(readServerEnv({ JOBS_RUNNER: '' }).JOBS_RUNNER).toBe(true)
    expect(() => readServerEnv({ JOBS_RUNNER: 'sometimes' })).toThrow(/ JOBS_RUNNER:/)
  })

  it('refuses an incomplete S3 setting rather than keep media on one instance’s disk unnoticed', () => {
    expect(() => readServerEnv({ S3_BUCKET: 'media' })).toThrow(/ S3_REGION: is required once any S3_ variable is set/)
    expect(() => readServerEnv({ S3_BUCKET: 'media', S3_REGION: 'oss-cn-shanghai', S3_ACCESS_KEY_ID: 'id' })).toThrow(/ S3_SECRET_ACCESS_KEY: .*go together/)
    expect(() => readServerEnv({ S3_BUCKET: 'media', S3_REGION: 'oss-cn-shanghai', S3_ENDPOINT: 'oss-cn-shanghai.aliyuncs.com' })).toThrow(/ S3_ENDPOINT:/)
    expect(() => readServerEnv({ S3_BUCKET: 'media', S3_REGION: 'oss-cn-shanghai' })).not.toThrow()
    expect(() => readServerEnv({ S3_BUCKET: '', S3_REGION: '' })).not.toThrow()
  })
})
