import { pino } from 'pino'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { describe, expect, it } from 'vitest'

import { addressBucket, bucketOf, createRateLimiters } from '../../src/server/rateLimit'

const KEY = '3be628045f95a9fd23180c7afc6023b0510537917d89653b06f593f7417ec758'

describe('rate-limit buckets', () => {
  it('counts a request with an API key against a hash of the key, never the key itself', () => {
    const bucket = bucketOf(`users API-Key ${KEY}`, '203.0.113.7')
    expect(bucket.limit).toBe('key')
    expect(bucket.id).not.toContain(KEY.slice(0, 16))
    expect(bucketOf(`users API-Key ${KEY}`, '198.51.100.1')).toEqual(bucket)
    expect(bucketOf(`users API-Key ${KEY.replace(/.$/, '0')}`, '203.0.113.7').id).not.toBe(bucket.id)
  })

  it('counts every other request against the client address', () => {
    expect(bucketOf(undefined, '203.0.113.7')).toEqual({ limit: 'ip', id: '203.0.113.7' })
    expect(bucketOf('JWT eyJhbGciOiJIUzI1NiJ9.e30.x', '203.0.113.7')).toEqual({ limit: 'ip', id: '203.0.113.7' })
    expect(bucketOf('Bearer users API-Key', '203.0.113.7').limit).toBe('ip')
  })

  it('counts IPv6 per /64, the block one client holds, and a mapped IPv4 address as itself', () => {
    expect(addressBucket('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3:8d3::/64')
    expect(addressBucket('2001:db8:85a3:8d3::1')).toBe('2001:db8:85a3:8d3::/64')
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressBucket('2001:DB8:0:0:ffff::2')).toBe('2001:db8:0:0::/64')
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressBucket('1:2::4:5:6:1.2.3.4')).toBe('1:2:0:4::/64')
    expect(addressBucket('::1')).toBe('0:0:0:0::/64')
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7')
  })
})

describe('rate limiters', () => {
  const logger = pino({ level: 'silent' })

  it('has no limiter for a limit of 0', async () => {
    const limiters = createRateLimiters({ perKeyPerMinute: 0, perIpPerMinute: 3, ugcFilesPerIpPerHour: 0, redisUrl: undefined, logger })
    expect(limiters.perKey).toBeNull()
    expect(limiters.perIp?.points).toBe(3)
    expect(limiters.ugcFilesPerIp).toBeNull()
    await limiters.close()
  })

  it('keeps counting in memory while Redis is unreachable, without waiting for it', async () => {
    const limiters = createRateLimiters({ perKeyPerMinute: 2, perIpPerMinute: 2, ugcFilesPerIpPerHour: 60, redisUrl: 'redis://127.0.0.1:9', logger })
    const started = Date.now()
    await limiters.perKey!.consume('a')
    await limiters.perKey!.consume('a')
    const refused = await limiters.perKey!.consume('a').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(RateLimiterRes)
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(55_000)
    expect(Date.now() - started).toBeLessThan(1_000)
    await limiters.close()
  })
})
