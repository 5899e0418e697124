import type { ComplianceReport, ProductCategory } from '../compliance'
import type { Localized } from '../i18n/localized'
import type { MediaInfo, RenderedPost, VariantInput, VariantIssue } from '../platforms'
import type { FormatId } from '../platforms/types'
import type { Licence } from '../ugc/licence'
import type { Actor, ContentStatus } from '../workflow'

import { formatChinaTime, instantOf } from '../calendar/chinaTime'
import { buildComplianceReport } from '../compliance'
import { FORMAT_RULES, validateVariant } from '../platforms'
import { scopeRefusal, termRefusal } from '../ugc/licence'
import { decideReschedule, decideTransition, RELEASED_STATUSES, statusAfterContentEdit } from '../workflow'

/** A variant as the content-assets collection stores it (media as ids). */
export type StoredVariant = {
  id?: string | null
  format: FormatId
  status?: ContentStatus | null
  title?: string | null
  body?: string | null
  digest?: string | null
  author?: string | null
  hashtags?: string[] | null
  mentions?: { name: string; platformUserId?: string | null }[] | null
  cover?: number | string | null
  images?: (number | string)[] | null
  video?: number | string | null
  scheduledAt?: string | null
  publishedUrl?: string | null
  platformPostId?: string | null
  commercialOrderId?: string | null
  marketingDeclared?: boolean | null
  /** One-shot inputs for the next transition: the reviewer's reason and the override switch. */
  workflowNote?: string | null
  overrideCompliance?: boolean | null
}

/** What the rest of the asset and the request contribute to reviewing one variant. */
export type VariantContext = {
  actor: Actor
  now: Date
  /** Sponsored asset or part of a paid collaboration. */
  paid: boolean
  category: ProductCategory
  /** Brand and product names that contain restricted terms but are names, not claims. */
  allowTerms: readonly string[]
  /** The asset's master text, used where a variant has none of its own (HTML for WeChat articles). */
  masterBody: { html: string; text: string }
  media: (id: number | string | null | undefined) => MediaInfo | null
  /** Saving a Payload draft version stores work in progress: it never moves the workflow. */
  draftSave: boolean
  /** The author's licence when the asset was made from a shopper's UGC, else null. */
  ugcLicence: Licence | null
}

export type VariantTransition = {
  from: ContentStatus
  to: ContentStatus
  reason: string | null
  overriddenIssues: readonly Localized[]
}

export type VariantReview = {
  variant: StoredVariant
  /** Errors that refuse the save, with paths relative to the variant. */
  errors: VariantIssue[]
  /** The platform-rule findings, kept on the variant for the editor even while it is a draft. */
  platformIssues: VariantIssue[]
  compliance: ComplianceReport
  rendered: RenderedPost
  transition: VariantTransition | null
}

/** Statuses in which content is still being written: platform rules are reported, not enforced. */
const WORK_IN_PROGRESS: readonly ContentStatus[] = ['draft', 'rejected', 'archived']

const contentOf = (variant: StoredVariant) =>
  JSON.stringify([
    variant.format,
    variant.title ?? '',
    variant.body ?? '',
    variant.digest ?? '',
    variant.author ?? '',
    variant.hashtags ?? [],
    (variant.mentions ?? []).map((mention) => [mention.name, mention.platformUserId ?? '']),
    variant.cover ?? null,
    variant.images ?? [],
    variant.video ?? null,
  ])

function toVariantInput(variant: StoredVariant, context: VariantContext): VariantInput {
  const ownBody = variant.body?.trim()
  const body = ownBody || (variant.format === 'wechat-article' ? context.masterBody.html : context.masterBody.text)
  return {
    format: variant.format,
    title: variant.title,
    body,
    digest: variant.digest,
    author: variant.author,
    hashtags: variant.hashtags,
    mentions: variant.mentions,
    paid: context.paid,
    commercialOrderId: variant.commercialOrderId,
    cover: context.media(variant.cover),
    video: variant.video ? context.media(variant.video) : null,
    images: (variant.images ?? []).map((id) => context.media(id)).filter((info) => info !== null),
  }
}

function complianceOf(variant: StoredVariant, rendered: RenderedPost, context: VariantContext): ComplianceReport {
  const rules = FORMAT_RULES[variant.format]
  return buildComplianceReport({
    texts: [
      { field: 'title', text: rendered.title },
      { field: 'body', text: rendered.text },
      { field: 'digest', text: rendered.digest },
    ],
    forbidsDiversion: rules.forbidsDiversion,
    category: context.category,
    allowTerms: context.allowTerms,
    disclosure: {
      paid: context.paid,
      commercialOrderId: variant.commercialOrderId,
      commercialChannel: rules.commercialChannel ?? null,
      requiresMarketingDeclaration: rules.requiresMarketingDeclaration,
      marketingDeclared: Boolean(variant.marketingDeclared),
    },
  })
}

/** The audit log's record of a new time for a scheduled post, in Beijing time like the calendar. */
const rescheduleNote = (before: string | null | undefined, after: Date): string => {
  const was = before ? formatChinaTime(new Date(before)) : '—'
  return `改期 / Rescheduled: ${was} → ${formatChinaTime(after)}（北京时间 / Beijing time）`
}

const joinRefusals = (messages: readonly Localized[]): Localized => ({
  zh: messages.map((message) => message.zh).join(' '),
  en: messages.map((message) => message.en).join(' '),
})

/**
 * Reviews one variant on save: renders it, checks it against its platform and the compliance
 * rules, and applies a requested status change if the actor may make it. Edits to approved or
 * scheduled content void the approval. Pure: everything it needs arrives in `context`.
 */
export function reviewVariant(previous: StoredVariant | undefined, next: StoredVariant, context: VariantContext): VariantReview {
  const validation = validateVariant(toVariantInput(next, context))
  const compliance = complianceOf(next, validation.rendered, context)
  const from: ContentStatus = previous?.status ?? 'draft'
  const requested: ContentStatus = context.draftSave ? from : (next.status ?? from)
  const errors: VariantIssue[] = []
  let transition: VariantTransition | null = null

  if (requested !== from) {
    const reason = next.workflowNote?.trim() || null
    const decision = decideTransition({
      from,
      to: requested,
      actor: context.actor,
      reason,
      compliance: { blockingIssues: compliance.hits.filter((hit) => hit.level === 'block').map((hit) => hit.message) },
      overrideCompliance: Boolean(next.overrideCompliance),
      scheduledAt: next.scheduledAt ? new Date(next.scheduledAt) : null,
      now: context.now,
      publication: { url: next.publishedUrl, platformPostId: next.platformPostId },
    })
    if (decision.allowed) transition = { from, to: requested, reason, overriddenIssues: decision.overriddenIssues }
    else errors.push({ path: ['status'], message: joinRefusals(decision.refusals.map((refusal) => refusal.message)) })
  } else if (previous && !context.draftSave && context.actor !== 'system' && contentOf(previous) !== contentOf(next) && statusAfterContentEdit(from) !== from) {
    transition = {
      from,
      to: statusAfterContentEdit(from),
      reason: '内容在审核通过后被修改，需重新审核 / Content changed after approval and must be reviewed again',
      overriddenIssues: [],
    }
  } else if (from === 'scheduled' && previous && !context.draftSave && instantOf(previous.scheduledAt) !== instantOf(next.scheduledAt)) {
    const scheduledAt = next.scheduledAt ? new Date(next.scheduledAt) : null
    const decision = decideReschedule({ actor: context.actor, scheduledAt, now: context.now })
    if (decision.allowed) transition = { from, to: from, reason: rescheduleNote(previous.scheduledAt, scheduledAt!), overriddenIssues: [] }
    else errors.push({ path: ['scheduledAt'], message: joinRefusals(decision.refusals.map((refusal) => refusal.message)) })
  }

  const status = transition?.to ?? from
  // Reused UGC is released only within its author's licence (SPEC §3.4). Paid content needs the
  // paid-ads scope on every save of a released variant, so ticking "sponsored" after approval is
  // refused too; nothing is released after the term, not even a post scheduled before it ended,
  // while a post already out can still be corrected.
  if (context.ugcLicence && RELEASED_STATUSES.includes(status)) {
    const refusal =
      scopeRefusal(context.ugcLicence, context.paid ? 'paid-ads' : 'brand-channels') ?? (transition ? termRefusal(context.ugcLicence, context.now) : null)
    if (refusal) errors.push({ path: ['status'], message: refusal })
  }
  if (!WORK_IN_PROGRESS.includes(status)) errors.push(...validation.issues)

  return {
    variant: {
      ...next,
      status,
      // The reason and the override belong to one transition; the audit log keeps them.
      ...(transition ? { workflowNote: null, overrideCompliance: false } : {}),
    },
    errors,
    platformIssues: validation.issues,
    compliance,
    rendered: validation.rendered,
    transition,
  }
}
