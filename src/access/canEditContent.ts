import type { PayloadRequest } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * Allows content editors and administrators to write content (SPEC §1). A plain boolean, so it
 * guards both the collection and its content fields: reviewers save the same document to approve
 * or schedule it, but their edits to those fields are dropped.
 */
export const canEditContent = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin', 'editor')
