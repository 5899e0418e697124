import type { PayloadRequest } from 'payload'

import { hasRole } from '../auth/roles'

/**
 * UGC moderation and rewards are the KOL managers' work (SPEC §1, §7), and the shoppers' contact
 * data is theirs alone to see (PIPL): as a field rule it withholds contact and IP hash from editors.
 */
export const canModerateUgc = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin', 'kol-manager')
