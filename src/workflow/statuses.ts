import type { Localized } from '../i18n/localized'

/**
 * The status of one platform variant of a content asset (SPEC §4): each variant goes through
 * review, scheduling and publishing on its own, so one asset can be live on Weibo while its
 * Xiaohongshu note is still in review.
 */
export const CONTENT_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'published',
  'rejected',
  'archived',
] as const

export type ContentStatus = (typeof CONTENT_STATUSES)[number]

export const STATUS_LABELS: Record<ContentStatus, Localized> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审核', en: 'In review' },
  approved: { zh: '已通过', en: 'Approved' },
  scheduled: { zh: '已排期', en: 'Scheduled' },
  published: { zh: '已发布', en: 'Published' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  archived: { zh: '已归档', en: 'Archived' },
}

/** Statuses a channel publisher may see (SPEC §1: approved, scheduled and published; never drafts). */
export const RELEASED_STATUSES: readonly ContentStatus[] = ['approved', 'scheduled', 'published']
