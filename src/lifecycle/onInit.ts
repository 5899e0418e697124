import type { Payload } from 'payload'

import { isEnabled } from '../config/flags'
import { fillEmptyPublishFeed } from '../publishing/syncPublishFeed'
import { kolFitIndex } from '../ranking/fitIndex'
import { printSeedSummary, seed } from '../../seed/seed'
import { registerPayloadInstance } from './payloadInstance'

/**
 * Runs once when Payload has connected (and, in production, applied its migrations).
 * The dev server asks for demo data on an empty database with SEED_DEMO_ON_EMPTY, so the
 * first `npm run dev` opens onto a working CMS. Production never seeds: demo passwords are public.
 */
export async function onInit(payload: Payload): Promise<void> {
  registerPayloadInstance(payload)
  // `payload migrate` starts Payload before the tables exist; the next server start fills the feed.
  if (!isEnabled(process.env.PAYLOAD_MIGRATING)) {
    const filled = await fillEmptyPublishFeed(payload)
    if (filled > 0) payload.logger.info(`Publish feed filled from ${filled} content assets`)
  }

  if (process.env.NODE_ENV === 'production') {
    // Reading every KOL into the scoring index takes seconds at 100k accounts: do it now, in the
    // background, rather than in the first KOL manager's ranking request.
    void kolFitIndex(payload)
      .current()
      .then(({ kols }) => payload.logger.info(`KOL scoring index ready: ${kols.length} KOLs`))
      .catch((error: unknown) => payload.logger.error({ err: error }, 'KOL scoring index could not be built at start'))
    return
  }
  if (!isEnabled(process.env.SEED_DEMO_ON_EMPTY)) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: seeding demo data')
  printSeedSummary(await seed(payload))
}
