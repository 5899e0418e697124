import type { CollectionBeforeChangeHook } from 'payload'

import type { Campaign } from '../../../src/payload-types'

import { committedSpend } from '../committedSpend'

/**
 * Committed and remaining budget are recomputed from the collaborations on every save of the
 * campaign; collaborations save their campaign whenever their fee or stage changes.
 */
export const deriveBudget: CollectionBeforeChangeHook<Campaign> = async ({ data, operation, originalDoc, req }) => {
  const committed = operation === 'update' && originalDoc ? await committedSpend(originalDoc.id, req) : 0
  const total = data.budget?.total ?? null
  return {
    ...data,
    budget: { ...data.budget, committed, remaining: total === null ? null : total - committed },
  }
}
