import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/** Allows administrators only. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
