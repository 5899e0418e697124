import { describe, expect, it } from 'vitest'

import { planFindings } from '../../../bench/queryPlans'

describe('query plan findings', () => {
  it('flags a SQLite table scan and a sort the index did not give', () => {
    expect(planFindings('sqlite', ['SCAN ugc_submissions', 'USE TEMP B-TREE FOR ORDER BY'])).toEqual({ fullScans: ['ugc_submissions'], sorts: true })
  })

  it('accepts SQLite index searches and scans along an index', () => {
    const plan = ['SEARCH publish_feed USING INDEX status_changedAt_variantId_idx (status=?)', 'SCAN publish_feed USING INDEX channel_changedAt_variantId_idx']
    expect(planFindings('sqlite', plan)).toEqual({ fullScans: [], sorts: false })
  })

  it('flags PostgreSQL sequential scans and sorts, not index scans', () => {
    const plan = [
      'Limit  (cost=1.1..2.2 rows=10 width=8)',
      '  ->  Sort  (cost=1.1..2.2 rows=10 width=8)',
      '        ->  Seq Scan on ugc_submissions  (cost=0..1 rows=5000 width=8)',
    ]
    expect(planFindings('postgres', plan)).toEqual({ fullScans: ['ugc_submissions'], sorts: true })
    expect(planFindings('postgres', ['Index Scan using users_email_idx on users  (cost=0.28..8.29 rows=1 width=8)'])).toEqual({ fullScans: [], sorts: false })
  })
})
