import type { Payload } from 'payload'

import sharp from 'sharp'

import type { Brand, Media, Product, User } from '../../src/payload-types'

export type Team = Record<'admin' | 'editor' | 'reviewer' | 'publisher' | 'kolManager', User>

export const TEAM_PASSWORD = 'correct-horse-battery'

/** One account per role; the first becomes the administrator. */
export async function createTeam(payload: Payload): Promise<Team> {
  const create = (email: string, roles: User['roles']) =>
    payload.create({ collection: 'users', data: { email, password: TEAM_PASSWORD, roles }, overrideAccess: true })
  return {
    admin: await create('admin@brand.cn', ['admin']),
    editor: await create('editor@brand.cn', ['editor']),
    reviewer: await create('reviewer@brand.cn', ['reviewer']),
    publisher: await create('shop@brand.cn', ['publisher']),
    kolManager: await create('kol@brand.cn', ['kol-manager']),
  }
}

/** A real JPEG of the given size, uploaded through the media collection (sharp makes the crops). */
export async function uploadImage(payload: Payload, user: User, width: number, height: number): Promise<Media> {
  const data = await sharp({ create: { width, height, channels: 3, background: '#e8b4b8' } })
    .jpeg()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: `测试图片 ${width}×${height}` },
    file: { data, mimetype: 'image/jpeg', name: `test-${width}x${height}.jpg`, size: data.length },
    user,
    overrideAccess: false,
  })
}

export async function createBrandAndProduct(payload: Payload, user: User): Promise<{ brand: Brand; product: Product }> {
  const brand = await payload.create({
    collection: 'brands',
    data: { name: '花漾研究所', nameEn: 'Huayang Lab', category: 'cosmetics', protectedNames: ['极致修护'] },
    user,
    overrideAccess: false,
  })
  const product = await payload.create({
    collection: 'products',
    data: { name: '极致修护面霜', sku: 'HY-CREAM-50', brand: brand.id, category: 'cosmetics', verticals: ['skincare'] },
    user,
    overrideAccess: false,
  })
  return { brand, product }
}

/** What most content tests start from: one account per role, a 3:4 cover image, a brand with a product. */
export async function createContentWorld(payload: Payload): Promise<{ team: Team; cover: Media; brand: Brand; product: Product }> {
  const team = await createTeam(payload)
  const cover = await uploadImage(payload, team.editor, 1080, 1440)
  const { brand, product } = await createBrandAndProduct(payload, team.admin)
  return { team, cover, brand, product }
}
