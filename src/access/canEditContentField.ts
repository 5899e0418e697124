import type { FieldAccess } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * Field-level: the words and media of content belong to editors. Reviewers save the same document
 * to approve or schedule it, but their edits to these fields are dropped.
 */
export const canEditContentField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
