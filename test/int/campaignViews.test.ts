import type { Payload, PayloadRequest } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
// graphql as Payload loads it (see test/int/graphqlValidation.test.ts).
import { GraphQL } from '@payloadcms/graphql/types'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Brand, Campaign, Kol, Product, UgcSubmission } from '../../src/payload-types'

import { KOL_FIT_EXCLUSIONS_QUERY, type ExclusionsAnswer } from '../../src/campaigns/queries'
import { campaignUgcWhere } from '../../src/campaigns/report'
import { CLIENT_ADDRESS_HEADER } from '../../src/config/clientAddress'
import { CURRENT_CONSENT_VERSION } from '../../src/ugc/consent'
import { eraseAuthorData } from '../../src/ugc/erasure'
import { submitUgc } from '../../src/ugc/submitUgc'
import { createContentWorld, type Team } from '../support/contentFixtures'
import { useTestPayload } from '../support/testPayload'

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

describe('the campaign views on a real database', () => {
  const testPayload = useTestPayload('campaign-views')
  let payload: Payload
  let team: Team
  let brand: Brand
  let product: Product

  beforeAll(async () => {
    payload = testPayload()
    ;({ team, brand, product } = await createContentWorld(payload))
  })

  /** The report view's UGC KPI: the shoppers' accepted UGC a campaign counts, read with the KOL manager's access. */
  describe('the campaign report’s UGC count', () => {
    let otherProduct: Product
    let erased: UgcSubmission
    let shopper = 0

    const submit = async (about: Product) => {
      shopper += 1
      const req = await createLocalReq(
        { req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: `203.0.113.${shopper}` }) } as Partial<PayloadRequest> },
        payload,
      )
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
      // Approved, then its author asked for their data to be deleted (PIPL).
      const toErase = await submit(product)
      await decide(toErase, { status: 'approved' })
      await eraseAuthorData(await createLocalReq({ user: team.kolManager }, payload), toErase.author!.contactKey!, 'staff')
      erased = await payload.findByID({ collection: 'ugc-submissions', id: toErase.id, depth: 0, overrideAccess: true })
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

    it('does not count a submission erased at its author’s request, though its approval stays on record', async () => {
      expect(erased).toMatchObject({ status: 'approved', erasedAt: expect.any(String), text: '' })
      const approvedAbout = await payload.count({
        collection: 'ugc-submissions',
        where: { status: { equals: 'approved' }, product: { equals: product.id } },
        overrideAccess: true,
      })
      // The erased one is still an approved submission about the product (2 with the other approved one)…
      expect(approvedAbout.totalDocs).toBe(2)
      // …but not part of the campaign's UGC: the approved and the featured one only.
      expect(await counted({ products: [product], startDate: inDays(-1), endDate: inDays(1) })).toBe(2)
    })
  })

  /** The ranking tab reads the accounts the hard filters leave out only when asked, a page at a time. */
  describe('the ranking’s exclusions, paged', () => {
    let campaign: Campaign
    let schema: ReturnType<typeof configToSchema>['schema']

    const account = (handle: string, changes: Partial<NonNullable<Kol['accounts']>[number]> = {}): NonNullable<Kol['accounts']>[number] => ({
      platform: 'xiaohongshu',
      handle,
      followers: 30_000,
      avgViews: 15_000,
      avgEngagements: 800,
      fakeFollowerRatio: 0.05,
      rateCard: [{ format: 'xiaohongshu-image-note', price: 5_000 }],
      ...changes,
    })
    const exclusions = async (variables: Record<string, unknown>) => {
      const req = await createLocalReq({ user: team.kolManager }, payload)
      const result = await GraphQL.graphql({
        schema,
        source: KOL_FIT_EXCLUSIONS_QUERY,
        variableValues: { campaign: String(campaign.id), ...variables },
        contextValue: { req },
      })
      return result as { data?: ExclusionsAnswer | null; errors?: readonly { originalError?: { data?: unknown } }[] }
    }
    const names = (answer: ExclusionsAnswer | null | undefined) =>
      answer!.kolFitRanking.excluded.map((row) => `${row.kol.name}:${row.account?.platform ?? '—'}`)

    beforeAll(async () => {
      schema = configToSchema(payload.config).schema
      campaign = await payload.create({
        collection: 'campaigns',
        data: {
          name: '夏日防晒种草',
          brand: brand.id,
          type: 'seeding',
          status: 'active',
          platforms: ['xiaohongshu'],
          verticals: ['skincare'],
          budget: { total: 100_000 },
        },
        user: team.kolManager,
        overrideAccess: false,
      })
      const kols: [string, NonNullable<Kol['accounts']>][] = [
        ['真实达人甲', [account('jia')]],
        ['真实达人乙', [account('yi')]],
        ['水粉达人一', [account('shui1', { fakeFollowerRatio: 0.4 })]],
        ['水粉达人二', [account('shui2', { fakeFollowerRatio: 0.5 })]],
        ['水粉达人三', [account('shui3', { fakeFollowerRatio: 0.6 })]],
        ['抖音达人', [account('dy', { platform: 'douyin', rateCard: [{ format: 'douyin-video', price: 5_000 }] })]],
      ]
      for (const [name, accounts] of kols) {
        await payload.create({
          collection: 'kols',
          data: { name, kind: 'kol', verticals: ['skincare'], accounts },
          user: team.kolManager,
          overrideAccess: false,
        })
      }
    })

    it('answers one page of them with the total, the pages adding up to the whole list', async () => {
      const all = await exclusions({ limit: null, offset: 0 })
      expect(all.errors).toBeUndefined()
      expect(all.data!.kolFitRanking.excludedTotal).toBe(4)
      expect(names(all.data)).toHaveLength(4)
      expect(names(all.data)).toEqual(expect.arrayContaining(['水粉达人一:xiaohongshu', '水粉达人二:xiaohongshu', '水粉达人三:xiaohongshu', '抖音达人:—']))

      const first = await exclusions({ limit: 3, offset: 0 })
      const second = await exclusions({ limit: 3, offset: 3 })
      expect(first.data!.kolFitRanking.excludedTotal).toBe(4)
      expect(names(first.data)).toHaveLength(3)
      expect([...names(first.data), ...names(second.data)]).toEqual(names(all.data))
      expect(first.data!.kolFitRanking.excluded[0]!.reasons[0]!.message.zh).toMatch(/\S/)
    })

    it('leaves them out unless asked, as before, and refuses a page size out of range', async () => {
      const req = await createLocalReq({ user: team.kolManager }, payload)
      const plain = await GraphQL.graphql({
        schema,
        source: `query ($campaign: ID!) { kolFitRanking(campaign: $campaign) { total excludedTotal excluded { kol { name } } } }`,
        variableValues: { campaign: String(campaign.id) },
        contextValue: { req },
      })
      expect(plain.data).toEqual({ kolFitRanking: { total: 2, excludedTotal: 0, excluded: [] } })
      const tooMany = await exclusions({ limit: 5_000, offset: 0 })
      expect(tooMany.errors?.[0]?.originalError?.data).toMatchObject({ errors: [{ path: 'excludedLimit', message: 'excludedLimit 须在 1–200 之间' }] })
    })
  })
})
