import type { CollectionBeforeChangeHook, ValidationFieldError } from 'payload'

import { ValidationError } from 'payload'

import type { Localized } from '../../../src/i18n/localized'
import type { ContentAsset } from '../../../src/payload-types'

import { reviewVariant, type StoredVariant, type VariantTransition } from '../../../src/content/reviewVariant'
import { hasRole } from '../../../src/auth/roles'
import { languageOf } from '../../../src/i18n/localized'
import { FORMAT_RULES } from '../../../src/platforms'
import { releasedChannels } from '../../../src/publishing/publisherScope'
import { summarizeAssetStatus, type Actor } from '../../../src/workflow'
import { idOf } from '../../../src/refs/idOf'
import { loadReviewContext } from './loadReviewContext'
import { DRAFT_SAVE_CONTEXT } from './markDraftSaves'

export type PendingAuditEntry = VariantTransition & { variantId: string | null; format: string }

/**
 * Set by the scheduled-publishing job to the time it decided on: its saves act as the system, and
 * the workflow checks "due" against the same instant the job queried with.
 */
export const SCHEDULED_PUBLISHING_CONTEXT = 'scheduledPublishingAt'
/** On req.context: the hook's own `context` argument is a copy that afterChange never sees. */
export const PENDING_AUDIT_CONTEXT = 'pendingAuditEntries'

type Variant = NonNullable<ContentAsset['variants']>[number]

const asStored = (variant: Variant): StoredVariant => ({
  ...variant,
  cover: idOf(variant.cover),
  video: idOf(variant.video),
  images: (variant.images ?? []).map((image) => idOf(image)).filter((id) => id !== null),
})

/**
 * Reviews every variant on save (platform rules, compliance, workflow transition) and refuses the
 * whole save with field-path errors if any variant fails; otherwise stores each variant's checks,
 * the asset's summary status, and the transitions for the audit log (written after the change,
 * in the same transaction).
 */
export const reviewVariants: CollectionBeforeChangeHook<ContentAsset> = async ({ data, originalDoc, req }) => {
  // Collection hooks run before Payload validates the fields: variants that are not a list of
  // known formats are left for its validation to refuse, with field paths, instead of failing here.
  const variantsInput: unknown = data.variants
  if (variantsInput != null && (!Array.isArray(variantsInput) || variantsInput.some((variant) => !Object.hasOwn(FORMAT_RULES, variant?.format)))) return data
  const language = languageOf(req.i18n)
  const localize = (message: Localized) => message[language]
  const publishingAt = req.context[SCHEDULED_PUBLISHING_CONTEXT] as string | undefined
  const actor: Actor = publishingAt ? 'system' : { roles: req.user?.roles ?? [] }
  const reviewContext = {
    ...(await loadReviewContext(data, originalDoc?.id ?? null, req)),
    actor,
    now: publishingAt ? new Date(publishingAt) : new Date(),
    draftSave: Boolean(req.context[DRAFT_SAVE_CONTEXT]),
  }
  const previousById = new Map((originalDoc?.variants ?? []).map((variant) => [variant.id, asStored(variant)]))

  const errors: ValidationFieldError[] = []
  const transitions: PendingAuditEntry[] = []

  // Field access guards each variant's fields but not the rows themselves: only the people who
  // write content add or remove variants (a reviewer's save must not drop one).
  const ids = (variants: typeof data.variants) =>
    (variants ?? [])
      .map((variant) => variant.id ?? 'new')
      .sort()
      .join()
  if (originalDoc && actor !== 'system' && !hasRole(req.user, 'admin', 'editor') && ids(data.variants) !== ids(originalDoc.variants)) {
    errors.push({
      path: 'variants',
      message: localize({ zh: '只有内容编辑可以新增或删除平台版本', en: 'Only content editors may add or remove platform variants' }),
    })
  }
  const variants = (data.variants ?? []).map((variant, index) => {
    const review = reviewVariant(variant.id ? previousById.get(variant.id) : undefined, asStored(variant), reviewContext)
    for (const issue of review.errors) {
      errors.push({ path: ['variants', index, ...issue.path].join('.'), message: localize(issue.message) })
    }
    if (review.transition) transitions.push({ ...review.transition, variantId: variant.id ?? null, format: variant.format })
    const status = review.variant.status ?? 'draft'
    return {
      ...variant,
      status,
      // The scheduled job and confirmations without a time publish "now".
      publishedAt: status === 'published' ? (variant.publishedAt ?? reviewContext.now.toISOString()) : variant.publishedAt,
      workflowNote: review.variant.workflowNote,
      overrideCompliance: review.variant.overrideCompliance,
      checks: {
        checkedAt: reviewContext.now.toISOString(),
        platformIssues: review.platformIssues,
        compliance: review.compliance,
        rendered: review.rendered,
        // Whether the rendered text had to carry the 广告 label; the publish feed reports it.
        paid: reviewContext.paid,
      },
    }
  })

  if (errors.length > 0) throw new ValidationError({ collection: 'content-assets', errors, req }, req.t)

  req.context[PENDING_AUDIT_CONTEXT] = transitions
  return {
    ...data,
    variants,
    status: summarizeAssetStatus(variants.map((variant) => variant.status)),
    releasedChannels: releasedChannels(variants),
  }
}
