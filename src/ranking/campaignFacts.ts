import type { PayloadRequest } from 'payload'

import type { Campaign } from '../payload-types'
import type { CampaignFacts } from '../scoring'

import { idOf } from '../refs/idOf'

/**
 * What the fit score needs to know of a campaign: its persona, its brand's (or products') category
 * for exclusivity conflicts, the budget left and its scoring settings. Loaded inside the request.
 */
export async function campaignFacts(campaign: Campaign, req: PayloadRequest, now = new Date()): Promise<CampaignFacts> {
  const personaId = idOf(campaign.persona)
  const brandId = idOf(campaign.brand)
  const productIds = (campaign.products ?? []).map(idOf).filter((id) => id !== null)
  const [persona, brand, products] = await Promise.all([
    personaId === null ? null : req.payload.findByID({ collection: 'personas', id: personaId, depth: 0, overrideAccess: true, req, disableErrors: true }),
    brandId === null ? null : req.payload.findByID({ collection: 'brands', id: brandId, depth: 0, overrideAccess: true, req, disableErrors: true }),
    productIds.length === 0
      ? []
      : req.payload
          .find({ collection: 'products', where: { id: { in: productIds } }, select: { category: true }, depth: 0, pagination: false, overrideAccess: true, req })
          .then((result) => result.docs),
  ])
  const weights = campaign.scoring?.weights
  const overrides = Object.fromEntries(Object.entries(weights ?? {}).filter(([key, value]) => key !== 'id' && typeof value === 'number'))
  return {
    type: campaign.type,
    brandId: String(brandId),
    // A product's own category is more specific than its brand's, as in the compliance checks.
    category: products.find((product) => product.category !== 'other')?.category ?? brand?.category ?? 'other',
    platforms: campaign.platforms,
    verticals: campaign.verticals ?? [],
    styles: campaign.styles ?? [],
    persona: persona
      ? { gender: persona.gender, ageMin: persona.ageMin, ageMax: persona.ageMax, cityTiers: persona.cityTiers ?? [] }
      : null,
    remainingBudget: campaign.budget?.remaining ?? campaign.budget?.total ?? null,
    targetCpe: campaign.kpis?.targetCpe ?? null,
    weightedCpe: Boolean(campaign.scoring?.weightedCpe),
    sizeDamping: Boolean(campaign.scoring?.sizeDamping),
    weights: Object.keys(overrides).length > 0 ? overrides : null,
    fakeFollowerLimit: campaign.scoring?.fakeFollowerLimit ?? null,
    now: now.toISOString(),
  }
}
