import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { graphemes, measure } from '../../../src/platforms/length'
import { renderVariant } from '../../../src/platforms/render'
import { FORMAT_IDS, FORMAT_RULES } from '../../../src/platforms/rules'

/** Text mixing the hard cases: CJK, ZWJ families, flags, combining marks, Latin and whitespace. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.constantFrom('种', '草', '。', '👩‍👩‍👧', '🇨🇳', '🧴', 'é', 'a', 'Z', ' ', '\n', '#', '@'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 1_200 },
  )
  .map((parts) => parts.join(''))

const variant = fc.record({
  format: fc.constantFrom(...FORMAT_IDS),
  title: mixedText,
  body: mixedText,
  digest: fc.option(mixedText, { nil: undefined }),
  hashtags: fc.array(mixedText.filter((tag) => tag.length < 30), { maxLength: 5 }),
  mentions: fc.array(fc.record({ name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) }), { maxLength: 3 }),
  paid: fc.boolean(),
})

const isGraphemePrefix = (cut: string, original: string) => {
  const kept = graphemes(cut)
  return kept.join('') === graphemes(original).slice(0, kept.length).join('')
}

describe('renderVariant properties', () => {
  it('never exceeds a platform limit', () => {
    fc.assert(
      fc.property(variant, (input) => {
        const rules = FORMAT_RULES[input.format]
        const post = renderVariant(input)
        expect(measure(post.text, rules.weighting, rules.body.counting)).toBeLessThanOrEqual(rules.body.max)
        if (rules.title && post.title !== undefined) {
          expect(measure(post.title, rules.weighting, 'graphemes')).toBeLessThanOrEqual(rules.title.max)
        }
        if (rules.digest && post.digest !== undefined) {
          expect(measure(post.digest, rules.weighting, 'graphemes')).toBeLessThanOrEqual(rules.digest.max)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never splits a grapheme when it cuts a title', () => {
    fc.assert(
      fc.property(variant, (input) => {
        const post = renderVariant(input)
        if (post.title !== undefined) expect(isGraphemePrefix(post.title, input.title.trim())).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
