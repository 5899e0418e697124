import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

/**
 * The audit log is append-only even for code that bypasses access control: an entry, once written,
 * is never edited or deleted.
 */
const appendOnly = () =>
  new APIError('审计日志只能追加，不能修改或删除 / Audit log entries cannot be changed or deleted', 403)

export const refuseUpdates: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') throw appendOnly()
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = () => {
  throw appendOnly()
}
