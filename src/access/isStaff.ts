import type { PayloadRequest } from 'payload'

import { hasRole, STAFF_ROLES } from '../auth/roles'

/**
 * Allows people who work in the admin UI. Publishers are machine users: they hold API keys and
 * read over GraphQL, but never enter the admin panel.
 */
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, ...STAFF_ROLES)
