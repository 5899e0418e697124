import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { UgcSubmission } from '../../../src/payload-types'

import { languageOf } from '../../../src/i18n/localized'
import { ACCEPTED_UGC_STATUSES, moderationRefusal, type UgcStatus } from '../../../src/ugc/moderation'
import { issueReward } from '../../../src/ugc/rewards'

/** On req.context, per submission id, for auditModeration: the decision this save makes. */
export const pendingDecisionKey = (id: number | string) => `ugcDecision:${id}`
export type PendingDecision = { from: UgcStatus; to: UgcStatus; reason: string | null }

/**
 * A moderation decision (SPEC §7), one submission at a time (the list view's bulk edit comes
 * through here for each row). The row is written first: on PostgreSQL that takes its lock, so a
 * second moderator deciding the same submission at the same moment waits here, then reads the
 * first decision and its reward afresh instead of the state both started from. The reward is
 * issued in this transaction; a refusal (wrong move, no reason, empty coupon pool) writes nothing.
 */
export const moderate: CollectionBeforeChangeHook<UgcSubmission> = async ({ data, originalDoc, operation, req }) => {
  // An erasure (src/ugc/erasure.ts; erasedAt cannot be set through the API) clears the reason with the rest.
  if (operation !== 'update' || !originalDoc || (data.erasedAt && !originalDoc.erasedAt)) return data
  // The reason belongs to a decision: edited on its own it would change what the author was told, unaudited.
  if (!data.status || data.status === originalDoc.status) return { ...data, rejectionReason: originalDoc.rejectionReason }

  const to = data.status
  const reason = data.rejectionReason?.trim() || null
  const refuseIfNot = (current: UgcSubmission) => {
    const refusal = moderationRefusal({ from: current.status, to, actor: { roles: req.user?.roles ?? [] }, reason, erased: Boolean(current.erasedAt) })
    if (refusal) {
      throw new ValidationError(
        { collection: 'ugc-submissions', errors: [{ path: refusal.field, message: refusal.message[languageOf(req.i18n)] }], req },
        req.t,
      )
    }
  }
  // Checked before the row is touched, so that a refused row of a bulk edit is not written at all.
  refuseIfNot(originalDoc as UgcSubmission)
  await req.payload.db.updateOne({ collection: 'ugc-submissions', id: originalDoc.id, data: { updatedAt: new Date().toISOString() }, req })
  const current = ((await req.payload.db.findOne({ collection: 'ugc-submissions', where: { id: { equals: originalDoc.id } }, req })) ??
    originalDoc) as UgcSubmission
  refuseIfNot(current)

  const from = current.status
  if (from === to)
    return { ...data, rejectionReason: current.rejectionReason, reward: current.reward, moderatedBy: current.moderatedBy, moderatedAt: current.moderatedAt }

  req.context[pendingDecisionKey(originalDoc.id)] = { from, to, reason } satisfies PendingDecision
  return {
    ...data,
    rejectionReason: to === 'rejected' ? reason : null,
    moderatedBy: req.user?.id ?? null,
    moderatedAt: new Date().toISOString(),
    reward: ACCEPTED_UGC_STATUSES.includes(to) ? await issueReward(req, current) : current.reward,
  }
}
