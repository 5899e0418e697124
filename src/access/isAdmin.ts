import type { PayloadRequest } from 'payload'

import { hasRole } from '../auth/roles'

/** Allows administrators only. A plain boolean, so it also guards fields and the jobs queue. */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')
