import { describe, expect, it } from 'vitest'

import { dueDayOf, isUnpublished } from '../../../src/collaborations/deliverables'

describe('a deliverable still to come', () => {
  it('is unpublished without a URL or with a cleared one', () => {
    expect(isUnpublished({})).toBe(true)
    expect(isUnpublished({ publishedUrl: null })).toBe(true)
    expect(isUnpublished({ publishedUrl: '' })).toBe(true)
    expect(isUnpublished({ publishedUrl: 'https://www.xiaohongshu.com/explore/1' })).toBe(false)
  })

  it('is due on its Beijing day and late only from the Beijing day after', () => {
    const now = new Date('2026-03-10T23:30:00+08:00')
    // 16:30 UTC on the 9th is already the 10th in Beijing: due today, not late.
    expect(dueDayOf('2026-03-09T16:30:00.000Z', now)).toEqual({ dueDay: '2026-03-10', overdue: false })
    // 15:59 UTC on the 9th is the last minute of the 9th in Beijing.
    expect(dueDayOf('2026-03-09T15:59:00.000Z', now)).toEqual({ dueDay: '2026-03-09', overdue: true })
    expect(dueDayOf(new Date('2026-03-11T01:00:00+08:00'), now)).toEqual({ dueDay: '2026-03-11', overdue: false })
  })
})
