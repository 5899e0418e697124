import type { CollectionBeforeChangeHook } from 'payload'

import type { Kol } from '../../../src/payload-types'

import { tierOf } from '../../../src/metrics'

/** Tier and lowest rate follow from the figures typed in, so they are derived, never typed. */
export const deriveAccountFigures: CollectionBeforeChangeHook<Kol> = ({ data }) => {
  // Not a list: Payload's field validation, which runs after this hook, refuses it.
  if (!Array.isArray(data.accounts)) return data
  return {
    ...data,
    accounts: data.accounts.map((account) => {
      const prices = (account.rateCard ?? []).map((rate) => rate.price).filter((price) => Number.isFinite(price))
      return {
        ...account,
        tier: tierOf(account.platform, account.followers ?? null),
        lowestRate: prices.length > 0 ? Math.min(...prices) : null,
      }
    }),
  }
}
