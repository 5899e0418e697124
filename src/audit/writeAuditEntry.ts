import type { PayloadRequest } from 'payload'

import type { AuditLog } from '../payload-types'

export type AuditEntry = Omit<AuditLog, 'id' | 'createdAt' | 'updatedAt' | 'user' | 'actor'> & {
  /** Who acted when it was not the request's user: `system` for a scheduled job, `author` for a shopper. */
  actor?: string
}

/**
 * Appends an entry to the audit log inside the request's transaction (collections/AuditLog): the
 * request's user is the actor unless the entry names another.
 */
export const writeAuditEntry = (req: PayloadRequest, { actor, ...entry }: AuditEntry) =>
  req.payload.create({
    collection: 'audit-log',
    data: { ...entry, user: actor ? null : (req.user?.id ?? null), actor: actor ?? req.user?.email ?? 'system' },
    overrideAccess: true,
    req,
  })
