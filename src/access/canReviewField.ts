import type { FieldAccess } from 'payload'

import { hasRole } from '../auth/roles'

/** Field-level: only reviewers and administrators may override a compliance finding. */
export const canReviewField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'reviewer')
