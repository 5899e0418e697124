import type { Payload, TaskConfig } from 'payload'

import { SCHEDULED_PUBLISHING_CONTEXT } from '../../collections/ContentAssets/hooks/reviewVariants'

export const PUBLISHING_QUEUE = 'publishing'

const isDue = (variant: { status?: string | null; scheduledAt?: string | null }, now: Date) =>
  variant.status === 'scheduled' && Boolean(variant.scheduledAt) && new Date(variant.scheduledAt!).getTime() <= now.getTime()

/**
 * Moves every scheduled variant whose time has come to published, as the `system` actor, so the
 * workflow checks it and the audit log records it. Each asset is saved in its own transaction: one
 * asset that cannot be published does not hold back the others.
 */
export async function publishDueVariants(payload: Payload, now = new Date()): Promise<{ published: number; failed: number }> {
  let published = 0
  let failed = 0
  const skipped = new Set<number | string>()
  for (;;) {
    const { docs } = await payload.find({
      collection: 'content-assets',
      where: {
        and: [
          { 'variants.status': { equals: 'scheduled' } },
          { 'variants.scheduledAt': { less_than_equal: now.toISOString() } },
          ...(skipped.size > 0 ? [{ id: { not_in: [...skipped] } }] : []),
        ],
      },
      depth: 0,
      limit: 50,
      overrideAccess: true,
    })
    // Both conditions can match different variants of one asset; only due variants are published.
    const due = docs.filter((doc) => doc.variants?.some((variant) => isDue(variant, now)))
    for (const doc of docs) if (!due.includes(doc)) skipped.add(doc.id)
    if (due.length === 0) break

    for (const doc of due) {
      const variants = (doc.variants ?? []).map((variant) =>
        isDue(variant, now) ? { ...variant, status: 'published' as const } : variant,
      )
      try {
        await payload.update({
          collection: 'content-assets',
          id: doc.id,
          data: { variants },
          context: { [SCHEDULED_PUBLISHING_CONTEXT]: now.toISOString() },
          overrideAccess: true,
        })
        published += variants.filter((variant, index) => variant.status !== doc.variants?.[index]?.status).length
      } catch (error) {
        failed += 1
        skipped.add(doc.id)
        payload.logger.error({ err: error, assetId: doc.id }, 'scheduled publishing failed for this asset')
      }
    }
  }
  return { published, failed }
}

export const publishDueVariantsTask: TaskConfig<{ input: Record<string, never>; output: { published: number; failed: number } }> = {
  slug: 'publishDueVariants',
  label: '发布到期的排期内容 / Publish due scheduled content',
  // Queued every minute; the runner (in the server by default, see payload.config.ts) executes it.
  schedule: [{ cron: '* * * * *', queue: PUBLISHING_QUEUE }],
  outputSchema: [
    { name: 'published', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await publishDueVariants(req.payload) }),
}
