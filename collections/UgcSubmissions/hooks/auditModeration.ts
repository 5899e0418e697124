import type { CollectionAfterChangeHook } from 'payload'

import type { UgcSubmission } from '../../../src/payload-types'

import { writeAuditEntry } from '../../../src/audit/writeAuditEntry'
import { idOf } from '../../../src/refs/idOf'
import { ACCEPTED_UGC_STATUSES } from '../../../src/ugc/moderation'
import { queueWebhookEvent } from '../../../src/webhooks/queueWebhookEvent'
import { pendingDecisionKey, type PendingDecision } from './moderate'

/**
 * Every moderation decision goes into the audit log, and an acceptance is announced to `ugc.approved`
 * webhooks, both in the decision's transaction. The entry names the submission, never its author.
 */
export const auditModeration: CollectionAfterChangeHook<UgcSubmission> = async ({ doc, req }) => {
  const decision = req.context[pendingDecisionKey(doc.id)] as PendingDecision | undefined
  if (!decision) return doc
  delete req.context[pendingDecisionKey(doc.id)]

  await writeAuditEntry(req, {
    targetCollection: 'ugc-submissions',
    documentId: String(doc.id),
    documentTitle: `UGC #${doc.id}`,
    from: decision.from,
    to: decision.to,
    reason: decision.reason,
  })

  if (ACCEPTED_UGC_STATUSES.includes(decision.to) && !ACCEPTED_UGC_STATUSES.includes(decision.from)) {
    await queueWebhookEvent(req, {
      event: 'ugc.approved',
      brandId: idOf(doc.brand),
      data: {
        submissionId: doc.id,
        status: doc.status,
        brandId: idOf(doc.brand),
        productId: idOf(doc.product),
        reward: { kind: doc.reward?.kind ?? null, points: doc.reward?.points ?? null, couponId: idOf(doc.reward?.coupon) },
        licenceScopes: doc.licence?.scopes ?? [],
        licenceExpiresAt: doc.licence?.expiresAt ?? null,
      },
    })
  }
  return doc
}
