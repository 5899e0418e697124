import { describe, expect, it } from 'vitest'

import { CURRENT_CONSENT_VERSION } from '../../../src/ugc/consent'
import { addressHashOf, contactKeyOf } from '../../../src/ugc/personalKeys'
import { inputProblem, isContact, normalizeContact } from '../../../src/ugc/submissionInput'

const valid = {
  product: 7,
  text: '很好用',
  source: 'xiaohongshu',
  nickname: '小鹿',
  contact: '13800138000',
  licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: ['brand-channels'], termMonths: 12 },
}

describe('UGC submission form', () => {
  it('accepts a complete form', () => {
    expect(inputProblem(valid)).toBeNull()
  })

  it('names the field of the first problem, with the shopper’s message', () => {
    expect(inputProblem({ ...valid, licence: undefined })).toMatchObject({ field: 'licence' })
    expect(inputProblem({ ...valid, licence: { ...valid.licence, accepted: false } })).toMatchObject({ field: 'licence.accepted' })
    expect(inputProblem({ ...valid, licence: { ...valid.licence, consentVersion: 'v0' } })?.message.zh).toContain('版本')
    expect(inputProblem({ ...valid, licence: { ...valid.licence, termMonths: 120 } })).toMatchObject({ field: 'licence.termMonths' })
    expect(inputProblem({ ...valid, text: '   ' })).toMatchObject({ field: 'text' })
    expect(inputProblem({ ...valid, sourceUrl: 'javascript:alert(1)' })).toMatchObject({ field: 'sourceUrl' })
    expect(inputProblem({ ...valid, media: Array(10).fill('token') })).toMatchObject({ field: 'media' })
  })

  it('takes a mobile number, an email address or a WeChat ID as the contact', () => {
    for (const contact of ['13800138000', '+86 138 0013 8000', 'shopper@example.com', 'deer_2026']) expect(isContact(contact)).toBe(true)
    for (const contact of ['12345', 'call me', '1380013800']) expect(isContact(contact)).toBe(false)
  })

  it('recognises one person however the contact is typed, and keeps no readable trace of it', () => {
    expect(normalizeContact('+86 138-0013-8000')).toBe('13800138000')
    expect(normalizeContact(' Shopper@Example.COM ')).toBe('shopper@example.com')
    const secret = 'a'.repeat(32)
    expect(contactKeyOf(secret, '+86 138 0013 8000')).toBe(contactKeyOf(secret, '13800138000'))
    expect(contactKeyOf(secret, '13800138000')).not.toContain('13800138000')
    expect(contactKeyOf('b'.repeat(32), '13800138000')).not.toBe(contactKeyOf(secret, '13800138000'))
    expect(addressHashOf(secret, '203.0.113.7')).not.toBe(addressHashOf(secret, '203.0.113.8'))
  })
})
