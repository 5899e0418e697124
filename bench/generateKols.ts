import { randomBytes } from 'node:crypto'

import { type BenchDatabase, advanceSequences, inTransaction, insertRows } from './database'
import { tierOf } from '../src/metrics'
import { demoAccount, PLATFORM_ORDER, random, VERTICAL_ORDER } from '../seed/kols'

/** Rows per batch insert: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH_KOLS = 1_000

/**
 * Writes synthetic KOLs with `accounts` accounts in all straight into the tables of the
 * committed migrations (SQLite or PostgreSQL), as multi-row INSERTs in one transaction per batch: the Local API with every hook would
 * take hours at 100k. Distributions are the demo seed's (seed/kols.ts): audiences follow the
 * vertical, follower counts are log-uniform from 1k to 10M, one in five accounts lacks audience
 * data, and KOLs hold 1–3 accounts (about 1.5 on average).
 */
const ACCOUNT_COLUMNS = [
  '_order',
  '_parent_id',
  'id',
  'platform',
  'handle',
  'followers',
  'tier',
  'posts_per_month',
  'completion_rate',
  'avg_views',
  'avg_engagements',
  'fake_follower_ratio',
  'engagement_mix_likes',
  'engagement_mix_comments',
  'engagement_mix_shares',
  'engagement_mix_saves',
  'audience_female_share',
  'audience_age_under18',
  'audience_age_age18to24',
  'audience_age_age25to34',
  'audience_age_age35to44',
  'audience_age_age45plus',
  'audience_city_tiers_tier1',
  'audience_city_tiers_new_tier1',
  'audience_city_tiers_tier2',
  'audience_city_tiers_tier3_below',
  'lowest_rate',
]

export async function generateKols(db: BenchDatabase, accounts: number, seed = 1): Promise<{ kols: number; accounts: number }> {
  const next = random(seed)
  let written = 0
  let kols = 0
  const now = new Date().toISOString()
  while (written < accounts) {
    const rows = { kols: [] as unknown[][], verticals: [] as unknown[][], accounts: [] as unknown[][], rates: [] as unknown[][] }
    for (let batch = 0; batch < BATCH_KOLS && written < accounts; batch++) {
      kols += 1
      const vertical = VERTICAL_ORDER[Math.floor(next() * VERTICAL_ORDER.length)]!
      const name = `达人${kols}`
      rows.kols.push([kols, name, next() < 0.3 ? 'koc' : 'kol', now, now])
      rows.verticals.push([1, kols, vertical])
      const count = Math.min(accounts - written, next() < 0.55 ? 1 : next() < 0.8 ? 2 : 3)
      const platforms = [...PLATFORM_ORDER].sort(() => next() - 0.5).slice(0, count)
      for (const [order, platform] of platforms.entries()) {
        const followers = Math.round(10 ** (3 + 4 * next()))
        const account = demoAccount(next, platform, vertical, name, followers, next() >= 0.2)
        const id = randomBytes(12).toString('hex')
        const prices = (account.rateCard ?? []).map((rate) => rate.price)
        const age = account.audience?.age
        const city = account.audience?.cityTiers
        rows.accounts.push([
          order + 1,
          kols,
          id,
          platform,
          `${name}_${platform}`,
          followers,
          tierOf(platform, followers),
          account.postsPerMonth ?? null,
          account.completionRate ?? null,
          account.avgViews ?? null,
          account.avgEngagements ?? null,
          account.fakeFollowerRatio ?? null,
          account.engagementMix?.likes ?? null,
          account.engagementMix?.comments ?? null,
          account.engagementMix?.shares ?? null,
          account.engagementMix?.saves ?? null,
          account.audience?.femaleShare ?? null,
          age?.under18 ?? null,
          age?.age18to24 ?? null,
          age?.age25to34 ?? null,
          age?.age35to44 ?? null,
          age?.age45plus ?? null,
          city?.tier1 ?? null,
          city?.newTier1 ?? null,
          city?.tier2 ?? null,
          city?.tier3Below ?? null,
          prices.length > 0 ? Math.min(...prices) : null,
        ])
        for (const [position, rate] of (account.rateCard ?? []).entries())
          rows.rates.push([position + 1, id, randomBytes(12).toString('hex'), rate.format, rate.price])
        written += 1
      }
    }
    await inTransaction(db, async () => {
      await insertRows(db, 'kols', ['id', 'name', 'kind', 'updated_at', 'created_at'], rows.kols)
      await insertRows(db, 'kols_verticals', ['order', 'parent_id', 'value'], rows.verticals)
      await insertRows(db, 'kols_accounts', ACCOUNT_COLUMNS, rows.accounts)
      await insertRows(db, 'kols_accounts_rate_card', ['_order', '_parent_id', 'id', 'format', 'price'], rows.rates)
    })
  }
  await advanceSequences(db, ['kols', 'kols_verticals'])
  return { kols, accounts: written }
}
