import type { PayloadRequest } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * KOLs, campaigns and collaborations are the KOL managers' records (SPEC §1), and so is the
 * personal and commercial data in them — phone, WeChat ID, email, address, contract terms, fees
 * and budgets: as a field rule it withholds those from everyone else in every API and the admin.
 * A plain yes/no, so it serves as a collection rule and as a field rule alike.
 */
export const canManageKols = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin', 'kol-manager')
