import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { PipelineEntry } from '../../campaigns/ranking'
import type { Campaign } from '../../payload-types'

import { canManageKols } from '../../access/canManageKols'
import { languageOf } from '../../i18n/localized'
import { idOf } from '../../refs/idOf'
import { ManagersOnly } from '../CampaignShared/ManagersOnly'
import { RankingPanel } from './RankingPanel'

/**
 * The campaign's KOL fit ranking (issue 7): the server part checks who is asking and reads which
 * KOLs are already in the campaign's pipeline; the ranking itself comes from kolFitRanking.
 */
export async function CampaignRankingView({ doc, initPageResult, i18n }: DocumentViewServerProps) {
  const { req } = initPageResult
  const lang = languageOf(i18n)
  if (!canManageKols({ req })) return <ManagersOnly lang={lang} />
  const campaign = doc as Campaign
  const { docs } = await req.payload.find({
    collection: 'collaborations',
    where: { campaign: { equals: campaign.id } },
    select: { kol: true, platform: true, stage: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const pipeline: PipelineEntry[] = docs.map((collaboration) => ({
    kolId: String(idOf(collaboration.kol)),
    platform: collaboration.platform,
    stage: collaboration.stage,
  }))
  return (
    <Gutter>
      <RankingPanel campaign={{ id: campaign.id, platforms: campaign.platforms, remainingBudget: campaign.budget?.remaining ?? null }} pipeline={pipeline} />
    </Gutter>
  )
}
