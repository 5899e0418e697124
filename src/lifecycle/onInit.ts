import type { Payload } from 'payload'

import { isEnabled } from '../config/flags'
import { printSeedSummary, seed } from '../../seed/seed'
import { registerPayloadInstance } from './payloadInstance'

/**
 * Runs once when Payload has connected (and, in production, applied its migrations).
 * The dev server asks for demo data on an empty database with SEED_DEMO_ON_EMPTY, so the
 * first `npm run dev` opens onto a working CMS. Production never seeds: demo passwords are public.
 */
export async function onInit(payload: Payload): Promise<void> {
  registerPayloadInstance(payload)

  if (process.env.NODE_ENV === 'production' || !isEnabled(process.env.SEED_DEMO_ON_EMPTY)) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding demo data')
  printSeedSummary(await seed(payload))
}
