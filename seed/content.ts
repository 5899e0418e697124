import type { Payload, PayloadRequest } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { ValidationError } from 'payload'
import sharp from 'sharp'

import type { ContentAsset, Media, User } from '../src/payload-types'
import type { ContentStatus } from '../src/workflow'

import { chinaDayOf, chinaDayStart } from '../src/calendar/chinaTime'
import { lexicalParagraphs } from '../src/content/lexicalParagraphs'
import { CHANNEL_RULES, FORMAT_RULES } from '../src/platforms'
import { DEMO_BRANDS, DEMO_PERSONAS, DEMO_PRODUCTS } from './catalog'
import { DEMO_ASSETS, type DemoAsset, type DemoVariant } from './contentAssets'
import { findOrCreate } from './findOrCreate'

/** Publication is confirmed by the administrator here; publishers confirm through their own API. */
export type DemoTeam = Record<'admin' | 'editor' | 'reviewer', User>

type Variant = NonNullable<ContentAsset['variants']>[number]

/** A cover large enough for every platform crop: a soft gradient in the brand's colours. */
async function coverImage(from: string, to: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2160" height="2880">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="2160" height="2880" fill="url(#g)"/>
    <circle cx="1080" cy="1300" r="520" fill="#ffffff" fill-opacity="0.35"/>
    <rect x="780" y="1000" width="600" height="760" rx="80" fill="#ffffff" fill-opacity="0.6"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

async function findOrUpload(
  payload: Payload,
  req: PayloadRequest,
  filename: string,
  alt: string,
  load: () => Promise<{ data: Buffer; mimetype: string }>,
  extra: Partial<Media> = {},
): Promise<Media> {
  const { doc } = await findOrCreate(payload, req, 'media', { alt: { equals: alt } }, async () => {
    const { data, mimetype } = await load()
    return payload.create({
      collection: 'media',
      data: { alt, ...extra },
      file: { data, mimetype, name: filename, size: data.length },
      req,
      overrideAccess: true,
    })
  })
  return doc
}

/** Brands, products and personas, found by their unique names or created. */
export type Catalog = Awaited<ReturnType<typeof seedCatalog>>

/** Brands, products and personas, shared by the demo content and the demo campaigns. */
export async function seedCatalog(payload: Payload, req: PayloadRequest) {
  const brands = new Map<string, number>()
  for (const brand of DEMO_BRANDS) {
    const { doc } = await findOrCreate(payload, req, 'brands', { name: { equals: brand.name } }, () =>
      payload.create({ collection: 'brands', data: brand, req, overrideAccess: true }),
    )
    brands.set(brand.name, doc.id)
  }
  const products = new Map<string, number>()
  for (const { brandName, ...product } of DEMO_PRODUCTS) {
    const { doc } = await findOrCreate(payload, req, 'products', { sku: { equals: product.sku } }, () =>
      payload.create({ collection: 'products', data: { ...product, brand: brands.get(brandName)! }, req, overrideAccess: true }),
    )
    products.set(product.sku, doc.id)
  }
  const personas = new Map<string, number>()
  for (const persona of DEMO_PERSONAS) {
    const { doc } = await findOrCreate(payload, req, 'personas', { name: { equals: persona.name } }, () =>
      payload.create({ collection: 'personas', data: persona, req, overrideAccess: true }),
    )
    personas.set(persona.name, doc.id)
  }
  return { brands, products, personas }
}

/** The steps that take a draft variant to `reach`, each made by the role that makes it. */
function workflowSteps(variant: DemoVariant, team: DemoTeam): { by: User; changes: Partial<Variant> }[] {
  const submit = { by: team.editor, changes: { status: 'in_review' as const } }
  const approve = {
    by: team.reviewer,
    changes: { status: 'approved' as const, overrideCompliance: Boolean(variant.override), workflowNote: variant.override ? variant.note : null },
  }
  const steps: Record<ContentStatus, { by: User; changes: Partial<Variant> }[]> = {
    draft: [],
    in_review: [submit],
    rejected: [submit, { by: team.reviewer, changes: { status: 'rejected', workflowNote: variant.note } }],
    approved: [submit, approve],
    scheduled: [submit, approve, { by: team.reviewer, changes: { status: 'scheduled', scheduledAt: scheduleTime(variant).toISOString() } }],
    published: [
      submit,
      approve,
      { by: team.admin, changes: { status: 'published', publishedUrl: variant.publishedUrl, platformPostId: variant.platformPostId } },
    ],
    archived: [{ by: team.editor, changes: { status: 'archived' } }],
  }
  return steps[variant.reach]
}

/**
 * The start of the channel's first suggested posting window, that many Beijing days ahead. Day 0
 * is today's window, or an hour from now once it has passed, so the demo always has a post
 * scheduled for the dashboard's "today" (unless the seed runs in the day's last hour).
 */
function scheduleTime(variant: DemoVariant, now = new Date()): Date {
  const hour = CHANNEL_RULES[FORMAT_RULES[variant.format].channel].postingWindows[0]!.fromHour
  const day = chinaDayOf(new Date(now.getTime() + (variant.scheduleInDays ?? 1) * 86_400_000))
  const inAnHour = new Date(now.getTime() + 3_600_000)
  const windowStart = chinaDayStart(day, hour)
  return windowStart > inAnHour ? windowStart : inAnHour
}

/**
 * The demo content: every asset is written by the demo editor and moved through the workflow by
 * the demo reviewer and publisher, exactly as in the admin, so checks and audit log are real.
 */
export async function seedContent(
  payload: Payload,
  req: PayloadRequest,
  { brands, products, personas }: Catalog,
  team: DemoTeam,
): Promise<{ created: number; existing: number }> {
  const palette: Record<string, [string, string]> = { 花漾研究所: ['#f7c6c7', '#c9a7e8'], 小禾萌宝: ['#fde2a7', '#a8dcc8'] }
  const covers = new Map<string, Media>()
  for (const [brand, [from, to]] of Object.entries(palette)) {
    covers.set(
      brand,
      await findOrUpload(payload, req, `${DEMO_BRANDS.find((b) => b.name === brand)!.nameEn}-cover.jpg`, `${brand} 封面`, async () => ({
        data: await coverImage(from, to),
        mimetype: 'image/jpeg',
      })),
    )
  }
  const video = await findOrUpload(
    payload,
    req,
    'demo-vertical.mp4',
    '竖版演示视频',
    // Resolved from the project root: inside Next's server bundle the module has no directory.
    async () => ({ data: fs.readFileSync(path.resolve(process.cwd(), 'seed/assets/demo-vertical.mp4')), mimetype: 'video/mp4' }),
    { durationSeconds: 3 },
  )

  let created = 0
  for (const demo of DEMO_ASSETS) {
    const exists = await payload.count({ collection: 'content-assets', where: { title: { equals: demo.title } }, req, overrideAccess: true })
    if (exists.totalDocs > 0) continue
    await seedAsset(payload, req, team, demo, {
      brand: brands.get(demo.brand)!,
      products: demo.skus.map((sku) => products.get(sku)!),
      persona: demo.persona ? personas.get(demo.persona) : undefined,
      cover: covers.get(demo.brand)!,
      video,
    })
    created += 1
  }
  return { created, existing: DEMO_ASSETS.length - created }
}

async function seedAsset(
  payload: Payload,
  req: PayloadRequest,
  team: DemoTeam,
  demo: DemoAsset,
  refs: { brand: number; products: number[]; persona?: number; cover: Media; video: Media },
): Promise<void> {
  const variantDraft = (variant: DemoVariant): Variant => {
    const rules = FORMAT_RULES[variant.format]
    return {
      format: variant.format,
      status: 'draft',
      title: variant.title,
      body: variant.body,
      digest: variant.digest,
      hashtags: variant.hashtags,
      mentions: variant.mentions,
      commercialOrderId: variant.commercialOrderId,
      marketingDeclared: variant.marketingDeclared,
      cover: rules.cover ? refs.cover.id : undefined,
      images: rules.images && rules.images.max > 0 ? [refs.cover.id] : undefined,
      video: rules.video ? refs.video.id : undefined,
    }
  }
  let asset = await payload.create({
    collection: 'content-assets',
    data: {
      title: demo.title,
      brand: refs.brand,
      products: refs.products,
      persona: refs.persona,
      tags: demo.tags,
      sponsored: Boolean(demo.sponsored),
      body: lexicalParagraphs(demo.paragraphs),
      media: [refs.cover.id],
      variants: demo.variants.map(variantDraft),
    },
    user: team.editor,
    overrideAccess: false,
    req,
  })
  for (const [index, variant] of demo.variants.entries()) {
    for (const step of workflowSteps(variant, team)) {
      const variants = asset.variants!.map((current, position) => (position === index ? { ...current, ...step.changes } : current))
      try {
        asset = await payload.update({
          collection: 'content-assets',
          id: asset.id,
          data: { variants },
          user: step.by,
          overrideAccess: false,
          req,
        })
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        // Name the demo asset and step, so whoever edits the demo texts sees what the workflow refused.
        const reasons = error.data.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ')
        throw new Error(`Demo asset "${demo.title}", ${variant.format} → ${step.changes.status}: ${reasons}`)
      }
    }
  }
}
