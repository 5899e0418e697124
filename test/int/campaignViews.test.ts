import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Brand, Product, UgcSubmission } from '../../src/payload-types'

import { campaignUgcWhere } from '../../src/campaigns/report'
import { CLIENT_ADDRESS_HEADER } from '../../src/config/clientAddress'
import { CURRENT_CONSENT_VERSION } from '../../src/ugc/consent'
import { submitUgc } from '../../src/ugc/submitUgc'
import { createContentWorld, type Team } from '../support/contentFixtures'
import { useTestPayload } from '../support/testPayload'

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** The report view's UGC KPI: the shoppers' accepted UGC a campaign counts, read with the KOL manager's access. */
describe('the campaign report’s UGC count', () => {
  const testPayload = useTestPayload('campaign-views')
  let payload: Payload
  let team: Team
  let brand: Brand
  let product: Product
  let otherProduct: Product
  let shopper = 0

  const submit = async (about: Product) => {
    shopper += 1
    const req = await createLocalReq({ req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: `203.0.113.${shopper}` }) } as Partial<PayloadRequest> }, payload)
    const receipt = await submitUgc(req, {
      product: String(about.id),
      text: '防晒很清爽，通勤一整天不闷。',
      media: [],
      source: 'xiaohongshu',
      nickname: `小鹿${shopper}`,
      contact: `1390000${String(1000 + shopper)}`,
      licence: { accepted: true, consentVersion: CURRENT_CONSENT_VERSION, scopes: ['brand-channels'], termMonths: 12 },
    })
    return payload.findByID({ collection: 'ugc-submissions', id: receipt.id, depth: 0, overrideAccess: true })
  }
  const decide = (submission: UgcSubmission, data: Partial<UgcSubmission>) =>
    payload.update({ collection: 'ugc-submissions', id: submission.id, data, user: team.kolManager, overrideAccess: false })
  const counted = async (campaign: { products: Product[]; startDate: string; endDate: string }) =>
    (
      await payload.count({
        collection: 'ugc-submissions',
        where: campaignUgcWhere({
          brand: brand.id,
          products: campaign.products.map((item) => item.id),
          startDate: campaign.startDate,
          endDate: campaign.endDate,
        }),
        overrideAccess: false,
        user: team.kolManager,
      })
    ).totalDocs

  beforeAll(async () => {
    process.env.UGC_SUBMISSIONS_PER_IP_PER_HOUR = '0'
    process.env.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY = '0'
    payload = testPayload()
    ;({ team, brand, product } = await createContentWorld(payload))
    otherProduct = await payload.create({
      collection: 'products',
      data: { name: '轻透防晒乳', sku: 'HY-SUN-40', brand: brand.id, category: 'cosmetics', verticals: ['skincare'] },
      overrideAccess: true,
    })
    await decide(await submit(product), { status: 'approved' })
    await decide(await submit(product), { status: 'featured' })
    await decide(await submit(product), { status: 'rejected', rejectionReason: '与商品无关' })
    await submit(product)
    await decide(await submit(otherProduct), { status: 'approved' })
  })
  afterAll(() => {
    delete process.env.UGC_SUBMISSIONS_PER_IP_PER_HOUR
    delete process.env.UGC_SUBMISSIONS_PER_CONTACT_PER_DAY
  })

  it('counts accepted submissions about the campaign’s products while it runs, not pending or rejected ones', async () => {
    expect(await counted({ products: [product], startDate: inDays(-1), endDate: inDays(1) })).toBe(2)
    expect(await counted({ products: [product, otherProduct], startDate: inDays(-1), endDate: inDays(1) })).toBe(3)
  })

  it('counts the brand’s when the campaign names no products, and nothing outside its dates', async () => {
    expect(await counted({ products: [], startDate: inDays(-1), endDate: inDays(0) })).toBe(3)
    expect(await counted({ products: [product], startDate: inDays(-30), endDate: inDays(-2) })).toBe(0)
    expect(await counted({ products: [product], startDate: inDays(2), endDate: inDays(30) })).toBe(0)
  })
})
