import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  buildComplianceReport,
  checkDisclosure,
  type ComplianceHit,
  detectDiversion,
  scanAbsoluteTerms,
  scanMedicalClaims,
} from '../../../src/compliance'
import { foldText } from '../../../src/compliance/textMatching'

const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code))
// Pieces of terms, patterns and tricky code points, so that random text often comes close to a hit.
const nearMiss = fc.constantFrom(
  '最',
  '好',
  '第一',
  '次',
  '天',
  '全网',
  '销量',
  'NO',
  'no',
  '.',
  '1',
  '１',
  'Ｏ',
  ' ',
  '-',
  '\u200b',
  '\u200d',
  '\u0301',
  '\ufe0f',
  '\u20e3',
  '👩‍👩‍👧',
  '🎉',
  'İ',
  'ﷺ',
  '㍿',
  '№',
  '微信',
  'vx',
  ':',
  'abc_123',
  '@',
  'qq',
  '.com',
  'http://',
  'www.',
  '138',
  '0013',
  '8000',
  '+86',
  '广告',
  '【',
  '丨',
  '治疗',
  '杀菌',
  '极致修护精华',
)
const hostileText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    loneSurrogate,
    nearMiss,
  ),
  maxLength: 80,
})

function scanEverything(text: string): ComplianceHit[] {
  return [
    ...scanAbsoluteTerms(text, 'f', { allowTerms: ['极致修护精华', text.slice(0, 3)] }),
    ...scanMedicalClaims(text, 'f', 'cosmetics'),
    ...detectDiversion(text, 'f'),
  ]
}

function expectConsistentMatches(text: string, hits: readonly ComplianceHit[]) {
  for (const { match } of hits) {
    expect(match).toBeDefined()
    if (!match) continue
    expect(match.start).toBeGreaterThanOrEqual(0)
    expect(match.end).toBeGreaterThan(match.start)
    expect(match.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(match.start, match.end)).toBe(match.text)
  }
}

describe('compliance scanners on arbitrary input', () => {
  it('map every folded offset back to a slice of the original', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const folded = foldText(text)
        for (let index = 0; index < folded.text.length; index++) {
          const match = folded.toMatch(index, index + 1)
          expect(text.slice(match.start, match.end)).toBe(match.text)
          expect(match.end).toBeGreaterThan(match.start)
        }
      }),
    )
  })

  it('never throw and always return in-bounds, slice-consistent matches', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectConsistentMatches(text, scanEverything(text))
      }),
      { numRuns: 500 },
    )
  })

  it('never report overlapping matches from one scanner', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const hits of [scanAbsoluteTerms(text, 'f'), detectDiversion(text, 'f')]) {
          for (let index = 1; index < hits.length; index++) {
            expect(hits[index].match!.start).toBeGreaterThanOrEqual(hits[index - 1].match!.end)
          }
        }
      }),
    )
  })

  it('build a report for any texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(hostileText), { maxLength: 4 }),
        fc.boolean(),
        (texts, paid) => {
          const fields = texts.map((text, index) => ({ field: `f${index}`, text }))
          const report = buildComplianceReport({
            texts: fields,
            forbidsDiversion: true,
            category: 'food',
            disclosure: { paid },
          })
          expect(report.blockCount + report.reviewCount).toBe(report.hits.length)
          expect(report.ok).toBe(report.blockCount === 0)
          expect(checkDisclosure({ paid, texts: fields }).length).toBeLessThanOrEqual(1)
        },
      ),
    )
  })

  it('cope with 100,000-character inputs, random or built to make regexes backtrack', () => {
    const [random] = fc.sample(
      fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }),
      {
        numRuns: 1,
        seed: 42,
      },
    )
    const longInputs = [
      random,
      'a'.repeat(100_000),
      'a.'.repeat(50_000),
      'a@'.repeat(50_000),
      '1'.repeat(100_000),
      '1 '.repeat(50_000),
      '最 '.repeat(50_000),
      '\ud800'.repeat(100_000),
      '\u0301'.repeat(100_000),
      'http://'.repeat(15_000),
      '微信:'.repeat(35_000),
      '全网销量第一👩‍👩‍👧 NO.1 vx abc_123 13800138000 '.repeat(2_500),
    ]
    for (const text of longInputs) {
      expectConsistentMatches(text, scanEverything(text))
    }
  })
})
