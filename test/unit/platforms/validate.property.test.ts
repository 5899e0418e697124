import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { UNICODE_EDGE_CASES, XSS_PAYLOADS } from '../../corpus/strings'
import { FORMAT_IDS, FORMAT_RULES } from '../../../src/platforms'
import { measure } from '../../../src/platforms/length'
import { normalizeHashtag, renderVariant } from '../../../src/platforms/render'
import { validateVariant } from '../../../src/platforms/validate'

/** Text built from the corpus's hostile pieces (RTL overrides, lone surrogates, ZWJ, confusables, script) and anything else. */
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...UNICODE_EDGE_CASES.map(([, text]) => text), ...XSS_PAYLOADS), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''))

/** Every number a stored media row could hold after a bad import: negative, fractional, NaN, infinite, absent. */
const anyFigure = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, null, undefined))
const media = fc.record(
  {
    mimeType: fc.oneof(fc.constantFrom('image/jpeg', 'image/png', 'video/mp4', 'application/x-msdownload', ''), fc.string()),
    bytes: anyFigure,
    width: anyFigure,
    height: anyFigure,
    durationSeconds: anyFigure,
  },
  { requiredKeys: [] },
)

const variant = fc.record({
  format: fc.constantFrom(...FORMAT_IDS),
  title: fc.option(hostileText, { nil: null }),
  body: fc.option(hostileText, { nil: null }),
  digest: fc.option(hostileText, { nil: undefined }),
  author: fc.option(hostileText, { nil: undefined }),
  hashtags: fc.array(hostileText, { maxLength: 12 }),
  mentions: fc.array(fc.record({ name: hostileText, platformUserId: fc.option(hostileText, { nil: null }) }), { maxLength: 4 }),
  paid: fc.boolean(),
  commercialOrderId: fc.option(hostileText, { nil: null }),
  images: fc.array(media, { maxLength: 12 }),
  video: fc.option(media, { nil: null }),
  cover: fc.option(media, { nil: null }),
})

const withinLimits = (input: { format: (typeof FORMAT_IDS)[number] }, post: ReturnType<typeof renderVariant>) => {
  const rules = FORMAT_RULES[input.format]
  expect(measure(post.text, rules.weighting, rules.body.counting)).toBeLessThanOrEqual(rules.body.max)
  if (rules.title && post.title !== undefined) expect(measure(post.title, rules.weighting, 'graphemes')).toBeLessThanOrEqual(rules.title.max)
  if (rules.digest && post.digest !== undefined) expect(measure(post.digest, rules.weighting, 'graphemes')).toBeLessThanOrEqual(rules.digest.max)
}

describe('platform validation and rendering on hostile input', () => {
  it('validateVariant never throws, and what it renders stays within the platform’s limits', () => {
    fc.assert(
      fc.property(variant, (input) => {
        const { ok, issues, rendered } = validateVariant(input)
        expect(ok).toBe(issues.length === 0)
        for (const issue of issues) expect(issue.message.zh.length * issue.message.en.length).toBeGreaterThan(0)
        withinLimits(input, rendered)
      }),
      { numRuns: 100 },
    )
  })

  it('a normalised topic has no #, no [话题] marker and no whitespace, and normalising again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.constantFrom('#秋冬护肤#', '#话题[话题]#', '＃全角＃', ' a b\tc\n', '[话[话题]题]')), (tag) => {
        const topic = normalizeHashtag(tag)
        expect(topic).not.toMatch(/[#＃\s]/u)
        expect(topic).not.toContain('[话题]')
        expect(normalizeHashtag(topic)).toBe(topic)
      }),
      { numRuns: 500 },
    )
  })
})
