import { parse } from 'qs-esm'
import { describe, expect, it } from 'vitest'

import { committedCollaborations, deliverablesDueWithin, reviewQueue, scheduledWithin } from '../../../src/dashboards/filters'
import { adminDocumentUrl, adminListUrl, whereParams } from '../../../src/dashboards/listLinks'
import { beijingDay, beijingWeek } from '../../../src/dashboards/periods'

/** How Payload's admin reads a list URL's query (@payloadcms/next RootPage). */
const asPayloadReadsIt = (url: string) => parse(url.slice(url.indexOf('?') + 1), { depth: 10, ignoreQueryPrefix: true })

describe('links to filtered admin lists', () => {
  it('writes a where in the bracket syntax of the admin list view', () => {
    expect(adminListUrl('/admin', reviewQueue())).toBe('/admin/collections/content-assets?where[variants.status][equals]=in_review&sort=updatedAt')
  })

  it('sends lists of values comma-separated and lists of conditions indexed', () => {
    expect(whereParams('where', { and: [{ stage: { in: ['a', 'b'] } }, { id: { not_equals: 3 } }] })).toEqual([
      ['where[and][0][stage][in]', 'a,b'],
      ['where[and][1][id][not_equals]', '3'],
    ])
  })

  it('writes dates as ISO instants and booleans as words', () => {
    expect(whereParams('where', { at: { less_than: new Date('2026-11-23T16:00:00Z') }, url: { exists: false } })).toEqual([
      ['where[at][less_than]', '2026-11-23T16:00:00.000Z'],
      ['where[url][exists]', 'false'],
    ])
  })

  it('reads back as the same conditions when Payload parses the URL', () => {
    const today = beijingDay(new Date('2026-11-23T02:00:00Z'))
    expect(asPayloadReadsIt(adminListUrl('/admin', scheduledWithin(today)))).toEqual({
      where: {
        and: [
          { 'variants.status': { in: 'scheduled,published' } },
          { 'variants.scheduledAt': { greater_than_equal: '2026-11-22T16:00:00.000Z' } },
          { 'variants.scheduledAt': { less_than: '2026-11-23T16:00:00.000Z' } },
        ],
      },
      sort: 'updatedAt',
    })
    const week = beijingWeek(new Date('2026-11-23T02:00:00Z'))
    expect(asPayloadReadsIt(adminListUrl('/admin', deliverablesDueWithin(week)))).toEqual({
      where: {
        and: [
          { stage: { not_in: 'cancelled,settled' } },
          { 'deliverables.dueDate': { greater_than_equal: '2026-11-22T16:00:00.000Z', less_than: '2026-11-29T16:00:00.000Z' } },
          { or: [{ 'deliverables.publishedUrl': { exists: 'false' } }, { 'deliverables.publishedUrl': { equals: '' } }] },
        ],
      },
      sort: 'updatedAt',
    })
    expect(asPayloadReadsIt(adminListUrl('/admin', committedCollaborations(7))).where).toEqual({
      and: [
        { campaign: { equals: '7' } },
        { stage: { in: 'contracted,briefed,draft_submitted,revision_requested,approved,published,data_collected,settled' } },
      ],
    })
  })

  it('keeps Chinese and reserved characters intact through the URL', () => {
    const url = adminListUrl('/admin', { collection: 'kols', where: { name: { equals: '小鹿 & 糖糖=1' } } })
    expect(url).toBe('/admin/collections/kols?where[name][equals]=%E5%B0%8F%E9%B9%BF%20%26%20%E7%B3%96%E7%B3%96%3D1')
    expect(asPayloadReadsIt(url)).toEqual({ where: { name: { equals: '小鹿 & 糖糖=1' } } })
  })

  it('links a document to its edit view under the admin route', () => {
    expect(adminDocumentUrl('/cms', 'collaborations', 12)).toBe('/cms/collections/collaborations/12')
  })
})
