import { describe, expect, it } from 'vitest'

import { DEMO_ASSETS } from '../../seed/contentAssets'
import { FORMAT_IDS } from '../../src/platforms'
import { COLLABORATION_STAGES } from '../../src/collaborations/stages'
import { KOL_PLATFORMS } from '../../src/taxonomy/kols'
import { CONTENT_STATUSES } from '../../src/workflow'
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demoUsers'
import { demoApiKey, seed } from '../../seed/seed'
import { useTestPayload } from '../support/testPayload'
import { TEST_SECRET } from '../support/testDatabase'

describe('seed', () => {
  const payload = useTestPayload('seed')

  it('creates one demo account per role, the admin first', async () => {
    const { logins, content } = await seed(payload())
    expect(content).toEqual({ created: DEMO_ASSETS.length, existing: 0 })
    expect(logins.map((login) => [login.email, login.created])).toEqual(DEMO_USERS.map((demo) => [demo.email, true]))
    const admin = await payload().find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(admin.docs[0]?.roles).toEqual(['admin'])

    const login = await payload().login({
      collection: 'users',
      data: { email: 'editor@zhongcao.local', password: DEMO_PASSWORD },
    })
    expect(login.user?.roles).toEqual(['editor'])
  })

  it('fills the CMS with demo content in every format and state, moved by the demo team', async () => {
    const { docs } = await payload().find({ collection: 'content-assets', limit: 0, pagination: false, depth: 0 })
    expect(docs).toHaveLength(DEMO_ASSETS.length)
    const variants = docs.flatMap((doc) => doc.variants ?? [])
    expect(new Set(variants.map((variant) => variant.format))).toEqual(new Set(FORMAT_IDS))
    expect(new Set(variants.map((variant) => variant.status))).toEqual(new Set(CONTENT_STATUSES))
    // Some demo texts carry findings on purpose, for the compliance report to show.
    const findings = variants.filter((variant) => (variant.checks as { compliance: { blockCount: number } }).compliance.blockCount > 0)
    expect(findings.length).toBeGreaterThan(2)

    const audit = await payload().find({ collection: 'audit-log', where: { targetCollection: { equals: 'content-assets' } }, pagination: false, depth: 0 })
    expect(new Set(audit.docs.map((entry) => entry.actor))).toEqual(new Set(['editor@zhongcao.local', 'reviewer@zhongcao.local', 'admin@zhongcao.local']))
  })

  it('adds about 60 KOLs and three campaigns with collaborations in every stage, walked by the KOL team', async () => {
    const kols = await payload().find({ collection: 'kols', pagination: false, depth: 0 })
    expect(kols.totalDocs).toBe(60)
    const platforms = new Set(kols.docs.flatMap((kol) => (kol.accounts ?? []).map((account) => account.platform)))
    expect(platforms).toEqual(new Set(KOL_PLATFORMS.map(({ value }) => value)))

    const campaigns = await payload().find({ collection: 'campaigns', pagination: false, depth: 0 })
    expect(campaigns.docs.map((campaign) => campaign.type).sort()).toEqual(['co_branded', 'live_stream', 'seeding'])
    const live = campaigns.docs.find((campaign) => campaign.type === 'live_stream')!
    expect(new Set(live.liveStream?.lineup?.map((item) => item.role))).toEqual(new Set(['giveaway', 'traffic', 'bestseller']))

    const collaborations = await payload().find({ collection: 'collaborations', pagination: false, depth: 0 })
    expect(new Set(collaborations.docs.map((collaboration) => collaboration.stage))).toEqual(new Set(COLLABORATION_STAGES))
    for (const settled of collaborations.docs.filter((collaboration) => collaboration.stage === 'settled')) {
      expect(settled.snapshots?.map((snapshot) => snapshot.window)).toEqual(['t1', 't7', 't30'])
      expect(settled.results?.cpe).toBeGreaterThan(0)
    }
    const audit = await payload().find({ collection: 'audit-log', where: { targetCollection: { equals: 'collaborations' } }, pagination: false, depth: 0 })
    expect(new Set(audit.docs.map((entry) => entry.actor))).toEqual(new Set(['kol@zhongcao.local', 'reviewer@zhongcao.local']))
  })

  it('fills the UGC queue: new posts, a repeated photo, a claim to fix, masked contact data, and decided ones with their rewards', async () => {
    const { docs } = await payload().find({ collection: 'ugc-submissions', pagination: false, depth: 1, sort: 'createdAt' })
    expect(docs.map((doc) => doc.status)).toEqual(['featured', 'pending', 'pending', 'approved', 'rejected'])
    // Only the photo sent again is flagged; the other demo photos differ.
    expect(docs.map((doc) => doc.duplicate)).toEqual([false, true, false, false, false])
    expect(docs[1]).toMatchObject({ duplicates: [expect.objectContaining({ distance: 0 })] })
    expect(docs[2]!.complianceBlocks).toBeGreaterThan(0)
    expect(docs[2]!.text).not.toContain('sun_commuter')
    expect(docs[0]!.reward).toMatchObject({ kind: 'points', points: 100 })
    expect(docs[3]!.reward).toMatchObject({ kind: 'coupon', coupon: expect.objectContaining({ code: 'XH-UGC-8K2M' }) })
    expect(docs[4]!.rejectionReason).toBeTruthy()
    const media = await payload().count({ collection: 'ugc-media', where: { submission: { exists: true } } })
    expect(media.totalDocs).toBe(5)
  })

  it('is idempotent: a second run creates nothing and prints the same logins', async () => {
    const before = await payload().find({ collection: 'users', limit: 0, sort: 'id' })
    const { logins, content, kols, ugc } = await seed(payload())
    expect(logins.every((login) => !login.created)).toBe(true)
    expect(ugc).toEqual({ submissions: 0 })
    expect(content).toEqual({ created: 0, existing: DEMO_ASSETS.length })
    expect(kols).toEqual({ kols: 60, campaigns: 0, collaborations: 0 })
    const after = await payload().find({ collection: 'users', limit: 0, sort: 'id' })
    expect(after.docs.map((user) => user.id)).toEqual(before.docs.map((user) => user.id))
    expect(after.totalDocs).toBe(DEMO_USERS.length)
  })

  it('prints a publisher API key that really authenticates', async () => {
    const [publisher] = (await seed(payload())).logins.filter((login) => login.apiKey)
    expect(publisher?.apiKey).toBe(demoApiKey(TEST_SECRET, 'publisher@zhongcao.local'))
    const { user } = await payload().auth({
      headers: new Headers({ Authorization: `users API-Key ${publisher?.apiKey}` }),
    })
    expect(user?.roles).toEqual(['publisher'])
  })
})
