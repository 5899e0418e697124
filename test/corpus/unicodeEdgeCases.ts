import { expect } from 'vitest'

import type { CorpusFamily } from './types'

import { accepted, gql, graphqlRefused, harmlessRead, numbered, refused, rest, SUBMIT_UGC, validKol, validUgcInput } from './builders'
import { UNICODE_EDGE_CASES } from './strings'

/** Text is stored as the code points it arrived as (lone surrogates aside, which no UTF-8 store can hold). */
const keptAsSent = (sent: string) => (body: any) => {
  const name: string = body.doc.name
  if (/[\uD800-\uDFFF]/.test(sent)) expect(name.length).toBeGreaterThan(0)
  else expect(name).toBe(sent)
}

/** Percent-encoded for a query string; a lone surrogate has no UTF-8, so it goes as the invalid bytes a careless client sends. */
const queryValue = (text: string) =>
  Array.from(text)
    .map((character) => (/[\uD800-\uDFFF]/.test(character) && character.length === 1 ? '%ED%A0%80' : encodeURIComponent(character)))
    .join('')

/** RTL marks, zero-width characters, surrogate halves, ZWJ sequences, confusables: stored as data, or refused where a format is required. */
export const unicodeEdgeCases: CorpusFamily = {
  family: 'unicode',
  cases: numbered('unicode', [
    ...UNICODE_EDGE_CASES.map(([what, text]) => ({
      description: `anonymous submitUgc whose text holds ${what}: accepted, stored as text`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ text: `这款面霜 ${text} 推荐`, nickname: text.slice(0, 20) || '小鹿' }) }),
      expected: accepted('ugc-submissions'),
    })),
    ...UNICODE_EDGE_CASES.map(([what, text]) => ({
      description: `KOL manager creates a KOL named with ${what}: stored as sent`,
      request: rest('POST', '/api/kols', 'kolManager', validKol({ name: text })),
      expected: accepted('kols', keptAsSent(text)),
    })),
    ...UNICODE_EDGE_CASES.map(([what, text]) => ({
      description: `publisher reads publishedContent by a tag with ${what}: an empty page, not an error`,
      request: gql('publishedContent', 'publisher', 'query ($tag: String) { publishedContent(tag: $tag) { nodes { title } } }', { tag: text }),
      expected: harmlessRead(),
    })),
    ...UNICODE_EDGE_CASES.map(([what, text]) => ({
      description: `KOL manager filters KOLs by a name like ${what}`,
      request: rest('GET', `/api/kols?where[name][like]=${queryValue(text)}&depth=0&limit=5`, 'kolManager'),
      expected: harmlessRead(),
    })),
    ...[
      ['a mobile number in full-width digits', '１３８００１３８０００'],
      ['a mobile number with zero-width spaces', '138\u200B0013\u200B8000'],
      ['a WeChat ID with a right-to-left override', 'wx\u202Eshopper01'],
      ['an email with Cyrillic letters that look Latin', 'shopp\u0435r@ex\u0430mple.com'],
      ['only an emoji ZWJ sequence', '👩‍💻'],
    ].map(([what, contact]) => ({
      description: `anonymous submitUgc with ${what} as the contact`,
      request: gql('submitUgc', 'anonymous', SUBMIT_UGC, { input: validUgcInput({ contact: contact! }) }),
      expected: what!.includes('Cyrillic') ? accepted('ugc-submissions') : graphqlRefused({ code: 'BAD_USER_INPUT', field: 'input.contact' }),
    })),
    ...[
      ['full-width letters', 'ａｄｍｉｎ＠zhongcao.local'],
      ['a zero-width space', 'admin\u200B@zhongcao.local'],
      ['a right-to-left override', '\u202Eadmin@zhongcao.local'],
      ['a lone surrogate', 'admin\uD800@zhongcao.local'],
      ['mathematical bold letters', '𝐚𝐝𝐦𝐢𝐧@zhongcao.local'],
    ].map(([what, email]) => ({
      description: `REST login as the admin spelt with ${what}, right password: not the admin`,
      request: rest('POST', '/api/users/login', 'anonymous', { email, password: 'zhongcao-demo-2026' }),
      expected: refused({}),
    })),
  ]),
}
