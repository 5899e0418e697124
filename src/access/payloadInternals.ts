import type { SanitizedConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { nobody } from './nobody'

/**
 * Payload adds its own collections and globals after plugins run, with access for anyone signed
 * in: a publisher's API key could rewrite which migrations ran, read and clear the admin's document
 * locks, and reset the job statistics the scheduler keeps (so a scheduled publish is skipped or
 * repeated). Payload itself writes them through its database adapter or with overrideAccess, so
 * these rules only shut out the APIs. Applied to the sanitized config (payload.config.ts), which
 * every Payload instance — the server's and the one in Next's bundle — builds its routes from.
 */
export function restrictPayloadInternals(config: SanitizedConfig): SanitizedConfig {
  const collection = (slug: string) => config.collections.find((one) => one.slug === slug)
  const migrations = collection('payload-migrations')?.access
  if (migrations) Object.assign(migrations, { read: isAdmin, create: nobody, update: nobody, delete: nobody })

  // The admin panel locks the document a staff member has open; machine users never edit there.
  const locks = collection('payload-locked-documents')?.access
  if (locks) Object.assign(locks, { read: isStaff, create: isStaff, update: isStaff, delete: isStaff })

  const jobStats = config.globals.find((global) => global.slug === 'payload-jobs-stats')?.access
  if (jobStats) Object.assign(jobStats, { read: isAdmin, update: nobody })
  return config
}
