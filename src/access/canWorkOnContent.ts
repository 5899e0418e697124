import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * Editors write content, reviewers save it to approve, reject or schedule, publishers confirm
 * publication; which status change each may make is decided by the workflow, field by field.
 */
export const canWorkOnContent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer', 'publisher')
