import { describe, expect, it } from 'vitest'

import { requestLanguage } from '../../src/server/adminLanguage'

describe('requestLanguage', () => {
  it('picks the language as Payload does: cookie, then Accept-Language, then Chinese', () => {
    expect(requestLanguage({})).toBe('zh')
    expect(requestLanguage({ 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.8' })).toBe('en')
    expect(requestLanguage({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).toBe('zh')
    expect(requestLanguage({ 'accept-language': 'fr-FR,en;q=0.5' })).toBe('zh')
    expect(requestLanguage({ 'accept-language': 'en', cookie: 'theme=dark; payload-lng=zh' })).toBe('zh')
    expect(requestLanguage({ 'accept-language': 'en', cookie: 'payload-lng=fr' })).toBe('en')
  })
})
