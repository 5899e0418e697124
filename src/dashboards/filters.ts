import type { Where, WhereField } from 'payload'

import type { CollaborationStage } from '../collaborations/stages'
import type { ContentStatus } from '../workflow'
import type { ListFilter } from './listLinks'
import type { Period } from './periods'

import { committedWhere } from '../../collections/Campaigns/committedSpend'

/**
 * The lists behind the dashboard's numbers. Each is used twice: by the dashboard to count and
 * read (Local API) and as the link to Payload's list view, so number and list agree. Conditions
 * on one array field inside one `and` hold for the same row on SQL databases (Payload joins the
 * array table once), e.g. "a variant that is scheduled AND whose time is today".
 */

/** Variants still being written or reviewed: a blocking compliance hit on them still needs fixing. */
export const UNAPPROVED_STATUSES: readonly ContentStatus[] = ['draft', 'in_review', 'rejected']

/** A day's schedule shows what is still to go out and what already went out that day. */
export const SCHEDULE_STATUSES: readonly ContentStatus[] = ['scheduled', 'published']

/** No deliverable is expected any more from a collaboration that was called off or is paid. */
export const CLOSED_STAGES: readonly CollaborationStage[] = ['cancelled', 'settled']

const variantsIn = (status: ContentStatus, sort: string): ListFilter => ({
  collection: 'content-assets',
  where: { 'variants.status': { equals: status } },
  sort,
})

/** Assets with a variant waiting for a reviewer, the longest-waiting first. */
export const reviewQueue = (): ListFilter => variantsIn('in_review', 'updatedAt')

/** Assets with a variant a reviewer sent back, the latest first. */
export const returnedDrafts = (): ListFilter => variantsIn('rejected', '-updatedAt')

/** Assets with an approved variant that nobody has scheduled yet, the oldest first. */
export const approvedUnscheduled = (): ListFilter => variantsIn('approved', 'updatedAt')

/** Assets with a variant planned (or already out) within the period. */
export const scheduledWithin = (period: Period): ListFilter => ({
  collection: 'content-assets',
  where: {
    and: [
      { 'variants.status': { in: [...SCHEDULE_STATUSES] } },
      { 'variants.scheduledAt': { greater_than_equal: period.start.toISOString() } },
      { 'variants.scheduledAt': { less_than: period.end.toISOString() } },
    ],
  },
  sort: 'updatedAt',
})

/**
 * Not yet approved variants whose last check found a blocking compliance hit. Read through the
 * Local API only: the check is a JSON value, and a URL can only say "false" as text, which the
 * database does not equal to JSON false; the dashboard links to the assets it found by id.
 */
export const unapprovedWithBlockingHits: Where = {
  and: [{ 'variants.status': { in: [...UNAPPROVED_STATUSES] } }, { 'variants.checks.compliance.ok': { equals: false } }],
}

/** These assets, by id: for sets the dashboard works out itself (an editor's own returned drafts). */
export const assetsWithIds = (ids: readonly (number | string)[]): ListFilter => ({
  collection: 'content-assets',
  where: { id: { in: [...ids] } },
  sort: '-updatedAt',
})

/** Collaborations at one stage of the pipeline. */
export const collaborationsAt = (stage: CollaborationStage): ListFilter => ({
  collection: 'collaborations',
  where: { stage: { equals: stage } },
  sort: 'updatedAt',
})

/**
 * Not published: no URL, or one that was cleared (saved as ''). Inside the same `and` as the due
 * date, so both hold for the same deliverable; the dashboard's in-memory test is the same.
 */
const openDeliverables = (dueDate: WhereField): Where => ({
  and: [
    { stage: { not_in: [...CLOSED_STAGES] } },
    { 'deliverables.dueDate': dueDate },
    { or: [{ 'deliverables.publishedUrl': { exists: false } }, { 'deliverables.publishedUrl': { equals: '' } }] },
  ],
})

/** Collaborations with a deliverable due within the period and not yet published. */
export const deliverablesDueWithin = (period: Period): ListFilter => ({
  collection: 'collaborations',
  where: openDeliverables({ greater_than_equal: period.start.toISOString(), less_than: period.end.toISOString() }),
  sort: 'updatedAt',
})

/** Collaborations with a deliverable whose due day has passed and that is not yet published. */
export const deliverablesOverdue = (today: Period): ListFilter => ({
  collection: 'collaborations',
  where: openDeliverables({ less_than: today.start.toISOString() }),
  sort: 'updatedAt',
})

/** What has been deliverable-dated up to the end of the period and is still open, overdue ones included. */
export const deliverablesDueBy = (period: Period): ListFilter => ({
  collection: 'collaborations',
  where: openDeliverables({ less_than: period.end.toISOString() }),
  sort: 'updatedAt',
})

/** The collaborations whose fees a campaign's committed budget adds up (Campaigns' committedSpend). */
export const committedCollaborations = (campaignId: number | string): ListFilter => ({
  collection: 'collaborations',
  where: committedWhere(campaignId),
  sort: 'updatedAt',
})

/** Shoppers' submissions waiting for moderation, the oldest first. */
export const pendingUgc = (): ListFilter => ({
  collection: 'ugc-submissions',
  where: { status: { equals: 'pending' } },
  sort: 'createdAt',
})

/** Campaigns running now with a budget: the ones whose spending a KOL manager watches, the most committed first. */
export const budgetedActiveCampaigns = (): ListFilter => ({
  collection: 'campaigns',
  where: { and: [{ status: { equals: 'active' } }, { 'budget.total': { exists: true } }] },
  sort: '-budget.committed',
})
