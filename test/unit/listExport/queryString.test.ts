import { describe, expect, it } from 'vitest'

import { toQueryString } from '../../../src/listExport/queryString'

describe('list export links', () => {
  it('write the list view’s query in the bracket notation Payload’s REST API reads', () => {
    const where = { or: [{ name: { like: '林 小夕' } }, { and: [{ kind: { in: ['kol', 'koc'] } }, { 'accounts.followers': { greater_than: 10_000 } }] }] }
    expect(decodeURIComponent(toQueryString({ where, search: '化妆&间', sort: '-updatedAt', columns: ['name', '-kind'] }))).toBe(
      [
        'where[or][0][name][like]=林 小夕',
        'where[or][1][and][0][kind][in][0]=kol',
        'where[or][1][and][0][kind][in][1]=koc',
        'where[or][1][and][1][accounts.followers][greater_than]=10000',
        'search=化妆&间',
        'sort=-updatedAt',
        'columns[0]=name',
        'columns[1]=-kind',
      ].join('&'),
    )
    // Values are encoded, so a search with & or = stays one parameter.
    expect(toQueryString({ search: '化妆&间' })).toBe('search=%E5%8C%96%E5%A6%86%26%E9%97%B4')
  })

  it('leave out what the list does not set', () => {
    expect(toQueryString({ where: undefined, search: '', sort: undefined })).toBe('')
  })
})
