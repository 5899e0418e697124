import { describe, expect, it } from 'vitest'

import { moderationRefusal, UGC_STATUSES, type UgcStatus } from '../../../src/ugc/moderation'

const kolManager = { roles: ['kol-manager' as const] }
const decide = (from: UgcStatus, to: UgcStatus, overrides: Partial<Parameters<typeof moderationRefusal>[0]> = {}) =>
  moderationRefusal({ from, to, actor: kolManager, reason: null, erased: false, ...overrides })

describe('UGC moderation decisions', () => {
  it('lets a KOL manager or an admin approve, feature or reject a pending submission', () => {
    for (const to of ['approved', 'featured'] as const) {
      expect(decide('pending', to)).toBeNull()
      expect(decide('pending', to, { actor: { roles: ['admin'] } })).toBeNull()
    }
    expect(decide('pending', 'rejected', { reason: '与商品无关' })).toBeNull()
  })

  it('wants a reason to reject, and names the field', () => {
    expect(decide('pending', 'rejected')).toMatchObject({ field: 'rejectionReason', message: { zh: '拒绝时须填写理由。' } })
    expect(decide('approved', 'rejected', { reason: '   ' })?.field).toBe('rejectionReason')
  })

  it('refuses editors, reviewers and publishers', () => {
    for (const role of ['editor', 'reviewer', 'publisher'] as const) {
      expect(decide('pending', 'approved', { actor: { roles: [role] } })).toMatchObject({ field: 'status' })
    }
    expect(decide('pending', 'approved', { actor: 'system' })?.field).toBe('status')
  })

  it('lets a decision be revised but never sent back to the queue', () => {
    expect(decide('rejected', 'approved')).toBeNull()
    expect(decide('featured', 'approved')).toBeNull()
    expect(decide('approved', 'rejected', { reason: '作者撤回' })).toBeNull()
    for (const from of UGC_STATUSES.filter((status) => status !== 'pending')) {
      expect(decide(from, 'pending')?.message.zh).toMatch(/不能从/)
    }
  })

  it('allows nothing but rejection for an erased submission', () => {
    expect(decide('pending', 'approved', { erased: true })?.message.zh).toContain('已按用户要求删除')
    expect(decide('pending', 'rejected', { erased: true, reason: '作者要求删除' })).toBeNull()
  })

  it('is no decision when the status stays', () => {
    expect(decide('approved', 'approved', { actor: { roles: ['editor'] } })).toBeNull()
  })
})
