import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CONTENT_STATUSES, summarizeAssetStatus } from '../../../src/workflow'

describe('summarizeAssetStatus', () => {
  it.each([
    { variants: [], summary: 'draft', why: 'a new asset with no variants is being drafted' },
    { variants: ['published'], summary: 'published', why: 'a single variant speaks for the asset' },
    { variants: ['published', 'scheduled'], summary: 'scheduled', why: 'not out everywhere yet' },
    {
      variants: ['approved', 'in_review', 'published'],
      summary: 'in_review',
      why: 'still waiting for review',
    },
    {
      variants: ['draft', 'rejected', 'in_review'],
      summary: 'rejected',
      why: 'rejected needs the editor first',
    },
    {
      variants: ['published', 'archived'],
      summary: 'published',
      why: 'an archived variant is a dropped platform',
    },
    {
      variants: ['archived', 'draft'],
      summary: 'draft',
      why: 'archived ranks nowhere, even below draft',
    },
    { variants: ['archived', 'archived'], summary: 'archived', why: 'every platform was dropped' },
  ] as const)('$variants → $summary ($why)', ({ variants, summary }) => {
    expect(summarizeAssetStatus(variants)).toBe(summary)
  })

  it('does not depend on the order of the variants and is always one of theirs', () => {
    const statuses = fc.array(fc.constantFrom(...CONTENT_STATUSES), { minLength: 1 })
    fc.assert(
      fc.property(statuses, (variants) => {
        const summary = summarizeAssetStatus(variants)
        expect(variants).toContain(summary)
        expect(summarizeAssetStatus([...variants].reverse())).toBe(summary)
      }),
    )
  })
})
