import { describe, expect, it } from 'vitest'

import { isMediaSignature } from '../../../src/publishing/mediaLinks'
import { createUploadToken, readUploadToken } from '../../../src/ugc/uploadTokens'

const secret = 'zhongcao-test-secret-0123456789abcdef'
const now = new Date('2026-11-20T08:00:00Z')
const inAnHour = new Date(now.getTime() + 3_600_000)

describe('upload tokens', () => {
  it('gives back the upload id of a token it made, until it expires', () => {
    const token = createUploadToken(42, inAnHour, secret)
    expect(readUploadToken(token, secret, now)).toBe('42')
    expect(readUploadToken(createUploadToken('6650f1c2a9', inAnHour, secret), secret, now)).toBe('6650f1c2a9')
    expect(readUploadToken(token, secret, new Date(inAnHour.getTime() - 1))).toBe('42')
    expect(readUploadToken(token, secret, inAnHour)).toBeNull()
  })

  it('refuses a token with another id or expiry, one signed with another secret, and garbage', () => {
    const token = createUploadToken(42, inAnHour, secret)
    const [, signature] = token.split('.')
    const forged = (claim: string) => `${Buffer.from(claim).toString('base64url')}.${signature}`
    expect(readUploadToken(forged(`43.${inAnHour.getTime()}`), secret, now)).toBeNull()
    expect(readUploadToken(forged(`42.${inAnHour.getTime() + 86_400_000}`), secret, now)).toBeNull()
    expect(readUploadToken(createUploadToken(42, inAnHour, 'another-secret-0123456789abcdef'), secret, now)).toBeNull()
    for (const garbage of ['', '.', 'abc', `${token}.x`, token.slice(0, -2), 42, null, undefined]) {
      expect(readUploadToken(garbage, secret, now)).toBeNull()
    }
  })

  it('is not a media link signature: each purpose has its own key', () => {
    const [claim, signature] = createUploadToken(42, inAnHour, secret).split('.')
    expect(isMediaSignature(secret, Buffer.from(claim!, 'base64url').toString(), signature)).toBe(false)
  })
})
