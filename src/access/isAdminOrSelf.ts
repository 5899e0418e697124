import type { Access } from 'payload'

import { hasRole } from '../auth/roles'

/** Administrators see every user; anyone else who is signed in sees only their own account. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
