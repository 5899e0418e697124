import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { Role } from '../../auth/roles'
import type { Campaign } from '../../payload-types'

import { canManageKols } from '../../access/canManageKols'
import { boardCardOf } from '../../campaigns/board'
import { languageOf } from '../../i18n/localized'
import { ManagersOnly } from '../CampaignShared/ManagersOnly'
import { PipelineBoard } from './PipelineBoard'

/**
 * The campaign's collaborations as a board (issue 7), read with the user's own access so fees show
 * only to those who may see them. Moves are saves of the collaboration, decided by its hooks.
 */
export async function CampaignPipelineView({ doc, initPageResult, i18n }: DocumentViewServerProps) {
  const { req } = initPageResult
  const lang = languageOf(i18n)
  if (!canManageKols({ req })) return <ManagersOnly lang={lang} />
  const campaign = doc as Campaign
  const { docs } = await req.payload.find({
    collection: 'collaborations',
    where: { campaign: { equals: campaign.id } },
    select: { kol: true, platform: true, stage: true, fee: true, deliverables: true, fitSnapshot: true, updatedAt: true },
    populate: { kols: { name: true } },
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (
    <Gutter>
      <PipelineBoard
        campaign={{ id: campaign.id, budget: campaign.budget ?? null }}
        cards={docs.map((collaboration) => boardCardOf(collaboration))}
        roles={(req.user?.roles ?? []) as Role[]}
        now={new Date().toISOString()}
      />
    </Gutter>
  )
}
