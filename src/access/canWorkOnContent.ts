import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * Editors write content and reviewers save it to approve, reject or schedule; which status change
 * each may make is decided by the workflow. Publishers do not save assets: they see only released
 * variants, and saving the variants they see would delete the others. They confirm publication
 * through its own operation.
 */
export const canWorkOnContent: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')
