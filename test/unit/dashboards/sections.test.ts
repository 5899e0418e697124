import { describe, expect, it } from 'vitest'

import { DASHBOARD_SECTIONS, sectionsFor } from '../../../src/dashboards/sections'

describe('which sections each role sees', () => {
  it('gives editors what waits for them in content', () => {
    expect(sectionsFor({ roles: ['editor'] })).toEqual(['returnedDrafts', 'complianceHits', 'reviewQueue', 'todaySchedule'])
  })

  it('gives reviewers the queue, today and what still needs a date', () => {
    expect(sectionsFor({ roles: ['reviewer'] })).toEqual(['reviewQueue', 'approvedUnscheduled', 'todaySchedule'])
  })

  it('gives KOL managers the pipeline, deliverables, spend and UGC', () => {
    expect(sectionsFor({ roles: ['kol-manager'] })).toEqual(['funnel', 'deliverables', 'spend', 'ugcQueue'])
  })

  it('shows a user with several roles each of their sections once', () => {
    expect(sectionsFor({ roles: ['reviewer', 'editor'] })).toEqual(['returnedDrafts', 'complianceHits', 'reviewQueue', 'approvedUnscheduled', 'todaySchedule'])
    expect(sectionsFor({ roles: ['editor', 'kol-manager'] })).toEqual([
      'returnedDrafts',
      'complianceHits',
      'reviewQueue',
      'todaySchedule',
      'funnel',
      'deliverables',
      'spend',
      'ugcQueue',
    ])
  })

  it('shows administrators everything and machine users nothing', () => {
    expect(sectionsFor({ roles: ['admin'] })).toEqual([...DASHBOARD_SECTIONS])
    expect(sectionsFor({ roles: ['publisher'] })).toEqual([])
    expect(sectionsFor(null)).toEqual([])
  })
})
