import type { CollectionBeforeChangeHook, PayloadRequest, ValidationFieldError } from 'payload'

import { ValidationError } from 'payload'

import type { Localized } from '../../../src/i18n/localized'
import type { Collaboration } from '../../../src/payload-types'

import { collaborationResults } from '../../../src/collaborations/results'
import { budgetRefusal, COMMITTED_STAGES, decideStageMove, type CollaborationStage } from '../../../src/collaborations/stages'
import { languageOf } from '../../../src/i18n/localized'
import { FORMAT_RULES } from '../../../src/platforms'
import { snapshotFit } from '../../../src/ranking/fitSnapshot'
import { idOf } from '../../../src/refs/idOf'
import { committedSpend } from '../../Campaigns/committedSpend'
import { refreshCampaignBudget } from './refreshCampaignBudget'

/** On req.context, for followUpStageMove: the move this save makes, to audit and act on. */
export const PENDING_STAGE_MOVE = 'pendingStageMove'
export type PendingStageMove = { from: CollaborationStage | null; to: CollaborationStage; reason: string | null }

const isCommitted = (stage: CollaborationStage) => COMMITTED_STAGES.includes(stage)

/**
 * The budget left for this collaboration. The campaign is saved first: in PostgreSQL that takes
 * its row lock, so a concurrent contract of the same campaign waits here until this one commits.
 * The spend is summed again afterwards: the value that save stored was computed before the lock,
 * and may miss the contract committed meanwhile (SQLite runs one write transaction at a time).
 */
async function remainingBudgetFor(campaignId: number | string, req: PayloadRequest, self?: number | string) {
  const total = (await refreshCampaignBudget(campaignId, req)).budget?.total ?? null
  return total === null ? null : total - (await committedSpend(campaignId, req, self))
}

/**
 * Checks a collaboration save against its campaign and KOL and the stage rules, refuses it with
 * field-path errors if anything fails, and derives its title, results and (when shortlisted) the
 * fit-score snapshot. The audit entry, budget refresh and reputation update follow after the change.
 */
export const applyStageMove: CollectionBeforeChangeHook<Collaboration> = async ({ data, originalDoc, operation, req }) => {
  const localize = (message: Localized) => message[languageOf(req.i18n)]
  const errors: ValidationFieldError[] = []
  const refuse = (path: string, message: Localized) => errors.push({ path, message: localize(message) })

  const campaignId = idOf(data.campaign)
  const kolId = idOf(data.kol)
  const [campaign, kol] = await Promise.all([
    campaignId === null ? null : req.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, req, disableErrors: true }),
    kolId === null ? null : req.payload.findByID({ collection: 'kols', id: kolId, depth: 0, overrideAccess: true, req, disableErrors: true }),
  ])
  if (!campaign) refuse('campaign', { zh: '找不到该活动。', en: 'No such campaign.' })
  if (!kol) refuse('kol', { zh: '找不到该达人。', en: 'No such KOL.' })
  const platform = data.platform
  if (campaign && platform && !campaign.platforms.includes(platform)) {
    refuse('platform', { zh: '该活动不在这个平台投放。', en: 'The campaign does not run on this platform.' })
  }
  if (kol && platform && !kol.accounts?.some((account) => account.platform === platform)) {
    refuse('platform', { zh: '该达人在这个平台没有账号。', en: 'The KOL has no account on this platform.' })
  }
  ;(data.deliverables ?? []).forEach((deliverable, index) => {
    if (platform && FORMAT_RULES[deliverable.format]?.channel !== platform) {
      refuse(`deliverables.${index}.format`, { zh: '内容形式与合作平台不一致。', en: 'The format is not on the collaboration’s platform.' })
    }
  })
  await checkLinkedVariants(data, req, refuse)

  const from: CollaborationStage = originalDoc?.stage ?? 'shortlisted'
  const to: CollaborationStage = data.stage ?? 'shortlisted'
  const fee = data.fee ?? null
  if (operation === 'create') {
    if (to !== 'shortlisted') refuse('stage', { zh: '新合作须从「初选」开始。', en: 'A new collaboration starts as shortlisted.' })
    if (campaign && kol && platform && (await hasOpenDuplicate(campaign.id, kol.id, platform, req))) {
      refuse('kol', { zh: '该达人已在本活动的这个平台上有合作。', en: 'This KOL already has a collaboration on this platform in this campaign.' })
    }
  } else if (from !== to && campaign) {
    const decision = decideStageMove({
      from,
      to,
      actor: { roles: req.user?.roles ?? [] },
      fee,
      remainingBudget: isCommitted(to) && !isCommitted(from) ? await remainingBudgetFor(campaign.id, req, originalDoc?.id) : null,
      deliverables: data.deliverables ?? [],
      snapshotCount: data.snapshots?.length ?? 0,
      rating: data.settlement?.rating ?? null,
      onTime: data.settlement?.onTime ? data.settlement.onTime === 'yes' : null,
      reason: data.stageNote ?? null,
    })
    if (!decision.allowed) for (const refusal of decision.refusals) refuse('stage', refusal.message)
  } else if (isCommitted(to) && campaign && fee !== (originalDoc?.fee ?? null)) {
    const refusal = budgetRefusal(fee, await remainingBudgetFor(campaign.id, req, originalDoc?.id))
    if (refusal) refuse('fee', refusal.message)
  }

  if (errors.length > 0 || !campaign || !kol) throw new ValidationError({ collection: 'collaborations', errors, req }, req.t)

  const moved = operation === 'create' || from !== to
  req.context[PENDING_STAGE_MOVE] = moved
    ? ({ from: operation === 'create' ? null : from, to, reason: data.stageNote?.trim() || null } satisfies PendingStageMove)
    : null
  const { window, views, engagements, orders, gmv, cpm, cpe, weightedCpe, roi } = collaborationResults(fee, data.snapshots ?? [])
  return {
    ...data,
    title: `${kol.name} × ${campaign.name}`,
    // The note explains one move; it lives on in the audit log, not on the next move.
    stageNote: moved ? null : data.stageNote,
    results: { window, views, engagements, orders, gmv, cpm, cpe, weightedCpe, roi },
    fitSnapshot: operation === 'create' ? await snapshotFit({ campaign, kol, platform }, req) : data.fitSnapshot,
  }
}

async function hasOpenDuplicate(campaignId: number | string, kolId: number | string, platform: string, req: PayloadRequest) {
  const { totalDocs } = await req.payload.count({
    collection: 'collaborations',
    where: { campaign: { equals: campaignId }, kol: { equals: kolId }, platform: { equals: platform }, stage: { not_equals: 'cancelled' } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** A deliverable may point at a content variant; the variant must exist in that asset. */
async function checkLinkedVariants(
  data: Partial<Collaboration>,
  req: PayloadRequest,
  refuse: (path: string, message: Localized) => void,
) {
  const links = (data.deliverables ?? []).map((deliverable, index) => ({ index, assetId: idOf(deliverable.asset), variantId: deliverable.variantId }))
  const assetIds = [...new Set(links.map((link) => link.assetId).filter((id) => id !== null))]
  if (assetIds.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'content-assets',
    where: { id: { in: assetIds } },
    select: { variants: { id: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const variantsByAsset = new Map(docs.map((asset) => [String(asset.id), new Set((asset.variants ?? []).map((variant) => variant.id))]))
  for (const { index, assetId, variantId } of links) {
    if (assetId === null) continue
    const variants = variantsByAsset.get(String(assetId))
    if (!variants) refuse(`deliverables.${index}.asset`, { zh: '找不到该内容。', en: 'No such content asset.' })
    else if (variantId && !variants.has(variantId)) {
      refuse(`deliverables.${index}.variantId`, { zh: '该内容中没有这个平台版本。', en: 'The asset has no variant with this ID.' })
    }
  }
}
