import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/** Editors upload content media; KOL managers upload briefs and KOL deliverables. */
export const canUploadMedia: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'kol-manager')
