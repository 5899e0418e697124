import type { CollectionAfterChangeHook } from 'payload'

import type { ContentAsset } from '../../../src/payload-types'

import { writeAuditEntry } from '../../../src/audit/writeAuditEntry'
import { PENDING_AUDIT_CONTEXT, SCHEDULED_PUBLISHING_CONTEXT, type PendingAuditEntry } from './reviewVariants'

/** Writes one audit entry per transition that reviewVariants allowed, inside the same request. */
export const writeAuditEntries: CollectionAfterChangeHook<ContentAsset> = async ({ doc, req }) => {
  const pending = (req.context[PENDING_AUDIT_CONTEXT] ?? []) as PendingAuditEntry[]
  delete req.context[PENDING_AUDIT_CONTEXT]
  const bySystem = Boolean(req.context[SCHEDULED_PUBLISHING_CONTEXT])
  for (const entry of pending) {
    await writeAuditEntry(req, {
      actor: bySystem ? 'system' : undefined,
      targetCollection: 'content-assets',
      documentId: String(doc.id),
      documentTitle: doc.title,
      variantId: entry.variantId,
      format: entry.format,
      from: entry.from,
      to: entry.to,
      reason: entry.reason,
      overriddenIssues: entry.overriddenIssues.length > 0 ? [...entry.overriddenIssues] : null,
    })
  }
  return doc
}
