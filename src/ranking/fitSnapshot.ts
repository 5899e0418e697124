import type { PayloadRequest } from 'payload'

import type { Campaign, Kol } from '../payload-types'

import { explainFit } from '../scoring'
import { campaignFacts } from './campaignFacts'
import { kolFitIndex } from './fitIndex'
import { kolFacts } from './kolFacts'

/**
 * The fit score and its breakdown as they are when a KOL is shortlisted (SPEC §5), kept on the
 * collaboration so that later changes to weights or data do not rewrite why they were picked.
 */
export async function snapshotFit(
  { campaign, kol, platform }: { campaign: Campaign; kol: Kol; platform: string | null | undefined },
  req: PayloadRequest,
) {
  const account = kol.accounts?.find((candidate) => candidate.platform === platform)
  if (!account?.id) return null
  const [{ peers }, facts] = await Promise.all([kolFitIndex(req.payload).current(), campaignFacts(campaign, req)])
  return { takenAt: facts.now, ...explainFit(kolFacts(kol), String(account.id), facts, peers) }
}
