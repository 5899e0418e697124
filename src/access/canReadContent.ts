import type { Access, Where } from 'payload'

import { hasRole, STAFF_ROLES } from '../auth/roles'
import { scopeOf } from '../publishing/publisherScope'
import { RELEASED_STATUSES } from '../workflow'

/**
 * Staff read all content. Publishers read only assets with a variant that has been approved, and
 * never drafts (SPEC §1), within the channels and brands their key is limited to; the variants
 * they may not see are removed on read.
 */
export const canReadContent: Access = ({ req: { user } }) => {
  if (hasRole(user, ...STAFF_ROLES)) return true
  if (!hasRole(user, 'publisher')) return false
  const scope = scopeOf(user)
  const conditions: Where[] = [{ 'variants.status': { in: [...RELEASED_STATUSES] } }]
  if (scope.channels.length > 0) conditions.push({ releasedChannels: { in: [...scope.channels] } })
  if (scope.brandIds.length > 0) conditions.push({ brand: { in: [...scope.brandIds] } })
  return { and: conditions }
}
