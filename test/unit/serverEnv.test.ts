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

  it('takes CORS origins as browsers send them, and only with the CMS’s own origin', () => {
    const env = { SERVER_URL: 'https://cms.brand.cn', CORS_ORIGINS: ' https://shop.brand.cn , http://localhost:5173/' }
    expect(readServerEnv(env).CORS_ORIGINS).toEqual(['https://shop.brand.cn', 'http://localhost:5173'])
    expect(() => readServerEnv({ CORS_ORIGINS: 'https://shop.brand.cn' })).toThrow(/CORS_ORIGINS: needs SERVER_URL/)
    for (const bad of ['shop.brand.cn', 'https://shop.brand.cn/app', 'ftp://shop.brand.cn']) {
      expect(() => readServerEnv({ ...env, CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/)
    }
  })
})
