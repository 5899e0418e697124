import { describe, expect, it } from 'vitest'

import { isSubscribed } from '../../../src/webhooks/subscriptions'

const approvedOnWeibo = { event: 'variant.approved' as const, format: 'weibo-video' as const, brandId: 3 }

describe('webhook subscriptions', () => {
  it('hears only the events it subscribed to', () => {
    expect(isSubscribed({ events: ['variant.approved', 'variant.published'] }, approvedOnWeibo)).toBe(true)
    expect(isSubscribed({ events: ['variant.published'] }, approvedOnWeibo)).toBe(false)
    expect(isSubscribed({ events: [] }, approvedOnWeibo)).toBe(false)
  })

  it('is limited by channel and brand like a publisher key, empty meaning all', () => {
    const events = ['variant.approved' as const]
    expect(isSubscribed({ events, platforms: [], brands: [] }, approvedOnWeibo)).toBe(true)
    expect(isSubscribed({ events, platforms: ['weibo', 'douyin'] }, approvedOnWeibo)).toBe(true)
    expect(isSubscribed({ events, platforms: ['douyin'] }, approvedOnWeibo)).toBe(false)
    expect(isSubscribed({ events, brands: [3] }, approvedOnWeibo)).toBe(true)
    expect(isSubscribed({ events, brands: [{ id: 3 }, 5] }, approvedOnWeibo)).toBe(true)
    expect(isSubscribed({ events, brands: [5] }, approvedOnWeibo)).toBe(false)
    expect(isSubscribed({ events, platforms: ['weibo'], brands: [5] }, approvedOnWeibo)).toBe(false)
  })
})
