import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/** Allows content editors and administrators to write content (SPEC §1). */
export const canEditContent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
