import { describe, expect, it } from 'vitest'

import { licenceExpiry, licenceRefusal } from '../../../src/ugc/licence'

describe('UGC licence', () => {
  const now = new Date('2026-11-23T12:00:00Z')

  it('runs for calendar months from the consent, ending on the month’s last day when it has no such date', () => {
    expect(licenceExpiry(new Date('2026-01-31T08:00:00Z'), 1).toISOString()).toBe('2026-02-28T08:00:00.000Z')
    expect(licenceExpiry(new Date('2027-12-31T08:00:00Z'), 2).toISOString()).toBe('2028-02-29T08:00:00.000Z')
    expect(licenceExpiry(new Date('2026-11-23T12:00:00Z'), 12).toISOString()).toBe('2027-11-23T12:00:00.000Z')
  })

  it('covers only the scopes the author agreed to', () => {
    const brandChannels = { scopes: ['brand-channels'], expiresAt: '2027-11-23T12:00:00Z' }
    expect(licenceRefusal(brandChannels, 'brand-channels', now)).toBeNull()
    expect(licenceRefusal(brandChannels, 'paid-ads', now)?.zh).toContain('付费广告投放')
    expect(licenceRefusal({ ...brandChannels, scopes: ['brand-channels', 'paid-ads'] }, 'paid-ads', now)).toBeNull()
  })

  it('covers nothing once the term has ended, or when there is no licence (an erased submission)', () => {
    expect(licenceRefusal({ scopes: ['brand-channels'], expiresAt: '2026-11-23T12:00:00Z' }, 'brand-channels', now)?.en).toBe(
      'The author’s licence expired on 2026-11-23.',
    )
    expect(licenceRefusal({ scopes: [], expiresAt: null }, 'brand-channels', now)).not.toBeNull()
    expect(licenceRefusal(null, 'brand-channels', now)).not.toBeNull()
  })
})
