import type { FieldAccess } from 'payload'

import { hasRole } from '../auth/roles'

/** Field-level: only administrators may set or change the field. */
export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
