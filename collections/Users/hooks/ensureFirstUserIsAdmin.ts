import type { FieldHook } from 'payload'

import type { Role } from '../../../src/auth/roles'
import type { User } from '../../../src/payload-types'

/**
 * The first account ever created owns the system: whatever roles were asked for, it also gets
 * `admin`, so a fresh installation can never lock itself out of user management.
 */
export const ensureFirstUserIsAdmin: FieldHook<User, User['roles'] | undefined> = async ({
  operation,
  req,
  value,
}) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return value
  const roles = new Set<Role>(value ?? [])
  roles.add('admin')
  return [...roles]
}
