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
})
