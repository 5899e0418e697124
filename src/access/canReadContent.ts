import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from '../auth/roles'
import { RELEASED_STATUSES } from '../workflow'

/**
 * Staff read all content. Publishers read only assets with a variant that has been approved, and
 * never drafts (SPEC §1); the variants they may not see are removed on read.
 */
export const canReadContent: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES)) return true
  if (hasRole(user, 'publisher')) return { 'variants.status': { in: [...RELEASED_STATUSES] } }
  return false
}
