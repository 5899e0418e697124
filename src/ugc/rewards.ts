import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { Brand, UgcSubmission } from '../payload-types'

import { drizzleOperators, isSqlAdapter, sqlAdapterOf } from '../db/sqlAdapter'
import { languageOf } from '../i18n/localized'

export type Reward = NonNullable<UgcSubmission['reward']>

/** A brand that has set nothing rewards with points: an approval never goes unrewarded. */
export const DEFAULT_REWARD_POINTS = 100

type SqlClient = {
  select: (fields: Record<string, unknown>) => {
    from: (table: unknown) => { where: (condition: unknown) => { orderBy: (column: unknown) => { limit: (count: number) => ClaimQuery } } }
  }
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: unknown) => { returning: (fields: Record<string, unknown>) => Promise<Record<string, unknown>[]> }
    }
  }
}
type ClaimQuery = { for?: (strength: 'update', config: { skipLocked: boolean }) => unknown }

/**
 * Takes the brand's oldest free coupon for this submission, in one statement of the request's
 * transaction. On PostgreSQL, `FOR UPDATE SKIP LOCKED` lets simultaneous approvals of different
 * submissions each take a different code instead of waiting for, then overwriting, the same one;
 * SQLite runs one write transaction at a time. On MongoDB the conditional update is atomic.
 */
async function claimCoupon(req: PayloadRequest, brandId: number | string, submissionId: number | string, issuedAt: string): Promise<number | null> {
  const { payload } = req
  if (!isSqlAdapter(payload.db)) {
    const claimed = await payload.db.updateOne({
      collection: 'reward-coupons',
      where: { and: [{ brand: { equals: brandId } }, { issuedTo: { exists: false } }] },
      data: { issuedTo: submissionId, issuedAt },
      req,
    })
    return ((claimed as { id?: number } | null)?.id as number | undefined) ?? null
  }
  const db = sqlAdapterOf(payload) as ReturnType<typeof sqlAdapterOf> & { sessions?: Record<string, { db: SqlClient }> }
  const client = db.sessions?.[String(await req.transactionID)]?.db ?? (db.drizzle as unknown as SqlClient)
  const { and, eq, inArray, isNull } = await drizzleOperators(db)
  const coupons = db.tables.reward_coupons as Record<string, never>
  const oldestFree = client
    .select({ id: coupons.id })
    .from(coupons)
    .where(and(eq(coupons.brand, brandId as never), isNull(coupons.issuedTo)))
    .orderBy(coupons.id)
    .limit(1)
  const candidate = db.name === 'postgres' && oldestFree.for ? oldestFree.for('update', { skipLocked: true }) : oldestFree
  const [claimed] = await client
    .update(coupons)
    .set({ issuedTo: submissionId, issuedAt })
    .where(inArray(coupons.id, candidate as never))
    .returning({ id: coupons.id })
  return (claimed?.id as number | undefined) ?? null
}

/**
 * The reward of an accepted submission (SPEC §7), issued in the moderation save's transaction:
 * a coupon from the brand's pool, or points. Called once the submission's row is locked and read
 * afresh, so a reward already on it is returned as it is and never issued twice.
 */
export async function issueReward(req: PayloadRequest, submission: Pick<UgcSubmission, 'id' | 'brand' | 'reward'>): Promise<Reward> {
  if (submission.reward?.issuedAt) return submission.reward
  const brandId = typeof submission.brand === 'object' ? submission.brand?.id : submission.brand
  const brand: Brand | null = brandId
    ? await req.payload.findByID({ collection: 'brands', id: brandId, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  const issuedAt = new Date().toISOString()
  const kind = brand?.ugcReward?.kind ?? 'points'
  if (kind === 'points') return { kind, points: brand?.ugcReward?.points ?? DEFAULT_REWARD_POINTS, coupon: null, issuedAt }

  const coupon = brand ? await claimCoupon(req, brand.id, submission.id, issuedAt) : null
  if (coupon === null) {
    const name = brand?.name ?? ''
    const message = {
      zh: `品牌「${name}」的奖励券码已发完：请先在「奖励券码」中补充，或把品牌奖励改为积分。`,
      en: `Brand ${name} has no reward coupons left: add codes under Reward coupons, or reward this brand with points.`,
    }
    throw new ValidationError({ collection: 'ugc-submissions', errors: [{ path: 'status', message: message[languageOf(req.i18n)] }], req }, req.t)
  }
  return { kind, coupon, points: null, issuedAt }
}
