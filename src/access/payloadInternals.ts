import type { Payload } from 'payload'

import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { nobody } from './nobody'

/**
 * Payload adds its own collections and globals after plugins run, with access for anyone signed
 * in: a publisher's API key could rewrite which migrations ran, read and clear the admin's document
 * locks, and reset the job statistics the scheduler keeps (so a scheduled publish is skipped or
 * repeated). Payload itself writes them through its database adapter or with overrideAccess, so
 * these rules only shut out the APIs. Changed in place: the REST and GraphQL handlers hold the
 * same access objects.
 */
export function restrictPayloadInternals(payload: Payload): void {
  const migrations = payload.collections['payload-migrations']?.config.access
  if (migrations) Object.assign(migrations, { read: isAdmin, create: nobody, update: nobody, delete: nobody })

  // The admin panel locks the document a staff member has open; machine users never edit there.
  const locks = payload.collections['payload-locked-documents']?.config.access
  if (locks) Object.assign(locks, { read: isStaff, create: isStaff, update: isStaff, delete: isStaff })

  const jobStats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')?.access
  if (jobStats) Object.assign(jobStats, { read: isAdmin, update: nobody })
}
