import type { FieldAccess } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * Field-level: personal and commercial data — phone, WeChat ID, email, address, contract terms,
 * fees and budgets (SPEC §1) — is for administrators and KOL managers only. For everyone else the
 * field is withheld from every API and hidden in the admin.
 */
export const canSeePii: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'kol-manager')
