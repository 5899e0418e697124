import type { PayloadRequest, Where } from 'payload'

import type { PublisherScope } from './publisherScope'

import { POSTED_STAGES } from '../collaborations/stages'
import { idOf } from '../refs/idOf'

export type KolPublicProfile = {
  id: string
  name: string
  kind: string
  verticals: string[]
  accounts: { platform: string; handle: string; url: string | null; followers: number | null; tier: string | null }[]
  posts: { platform: string; url: string; publishedAt: string | null }[]
}

/**
 * The KOLs with published collaborations for a brand or product, in order of their latest post.
 * Every field is copied by name from an allow-list: contacts, contracts, rates and fees never
 * leave this function, whatever is added to the KOL collection later.
 */
export async function publicKolProfiles(
  req: PayloadRequest,
  scope: PublisherScope,
  filter: { brandId: string | null; productId: string | null; first: number },
): Promise<KolPublicProfile[]> {
  const campaignWhere: Where[] = []
  if (filter.brandId) campaignWhere.push({ brand: { equals: filter.brandId } })
  if (filter.productId) campaignWhere.push({ products: { contains: filter.productId } })
  if (scope.brandIds.length > 0) campaignWhere.push({ brand: { in: [...scope.brandIds] } })
  const { docs: campaigns } = await req.payload.find({
    collection: 'campaigns',
    where: { and: campaignWhere },
    select: { brand: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (campaigns.length === 0) return []

  const collaborationWhere: Where[] = [{ campaign: { in: campaigns.map((campaign) => campaign.id) } }, { stage: { in: [...POSTED_STAGES] } }]
  if (scope.channels.length > 0) collaborationWhere.push({ platform: { in: [...scope.channels] } })
  const { docs: collaborations } = await req.payload.find({
    collection: 'collaborations',
    where: { and: collaborationWhere },
    select: { kol: true, platform: true, deliverables: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const postsByKol = new Map<string, KolPublicProfile['posts']>()
  for (const collaboration of collaborations) {
    const kolId = String(idOf(collaboration.kol))
    const posts = postsByKol.get(kolId) ?? []
    for (const deliverable of collaboration.deliverables ?? []) {
      if (deliverable.publishedUrl)
        posts.push({ platform: collaboration.platform, url: deliverable.publishedUrl, publishedAt: deliverable.publishedAt ?? null })
    }
    postsByKol.set(kolId, posts)
  }
  const latest = (posts: KolPublicProfile['posts']) => posts.reduce((max, post) => (post.publishedAt && post.publishedAt > max ? post.publishedAt : max), '')
  const kolIds = [...postsByKol.keys()]
    .sort((a, b) => latest(postsByKol.get(b)!).localeCompare(latest(postsByKol.get(a)!)) || a.localeCompare(b))
    .slice(0, filter.first)
  if (kolIds.length === 0) return []

  const { docs: kols } = await req.payload.find({
    collection: 'kols',
    where: { id: { in: kolIds } },
    select: { name: true, kind: true, verticals: true, accounts: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const kolById = new Map(kols.map((kol) => [String(kol.id), kol]))
  return kolIds.flatMap((id) => {
    const kol = kolById.get(id)
    if (!kol) return []
    return [
      {
        id,
        name: kol.name,
        kind: kol.kind,
        verticals: [...(kol.verticals ?? [])],
        accounts: (kol.accounts ?? []).map((account) => ({
          platform: account.platform,
          handle: account.handle,
          url: account.url ?? null,
          followers: account.followers ?? null,
          tier: account.tier ?? null,
        })),
        posts: postsByKol.get(id)!,
      },
    ]
  })
}
