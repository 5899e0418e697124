import type { Localized } from '../i18n/localized'
import { CONTENT_STATUSES, STATUS_LABELS, type ContentStatus } from './statuses'
import { findTransition, mayMake, targetsFor, type Actor, type RoleTransition } from './transitionTable'

export type { Actor }

/** 'system' here is the scheduled-publishing job: it only publishes what is due. */
export type Transition = RoleTransition<ContentStatus>

/**
 * Who may move a variant from which status to which. admin is on every row (SPEC §1: everything);
 * kol-manager is on none (reads content only). Whatever the role, decideTransition also checks the
 * conditions of the move: reasons, compliance, schedule and proof of publication.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in_review', by: ['editor', 'admin'] }, // submit
  { from: 'in_review', to: 'draft', by: ['editor', 'admin'] }, // withdraw to keep working on it
  { from: 'rejected', to: 'draft', by: ['editor', 'admin'] }, // rework
  { from: 'rejected', to: 'in_review', by: ['editor', 'admin'] }, // resubmit
  { from: 'in_review', to: 'approved', by: ['reviewer', 'admin'] },
  { from: 'in_review', to: 'rejected', by: ['reviewer', 'admin'] },
  // Revoking an approval (a KOL scandal, a claim the brand withdrew) sends the work back to the
  // editor with the reviewer's reason, rather than leaving archiving as the only way to stop it.
  { from: 'approved', to: 'rejected', by: ['reviewer', 'admin'] },
  { from: 'approved', to: 'scheduled', by: ['reviewer', 'admin'] },
  { from: 'scheduled', to: 'approved', by: ['reviewer', 'admin'] }, // unschedule
  { from: 'scheduled', to: 'published', by: ['publisher', 'system', 'admin'] },
  // A post made directly on the platform (by hand, or by the KOL) from approved content, confirmed
  // afterwards. The job only publishes what a reviewer scheduled.
  { from: 'approved', to: 'published', by: ['publisher', 'admin'] },
  // Editors may discard work nobody has approved yet.
  { from: 'draft', to: 'archived', by: ['editor', 'admin'] },
  { from: 'rejected', to: 'archived', by: ['editor', 'admin'] },
  // Retiring approved or published content is a brand decision, hence the reviewer's. Scheduled
  // content is unscheduled first, so that cancelling a planned post is its own audit-log entry.
  { from: 'approved', to: 'archived', by: ['reviewer', 'admin'] },
  { from: 'published', to: 'archived', by: ['reviewer', 'admin'] },
  // Restoring revives retired brand content, so only admin; it comes back as a draft and is
  // reviewed again against today's rules before it can go out.
  { from: 'archived', to: 'draft', by: ['admin'] },
]

export type TransitionRequest = {
  from: ContentStatus
  to: ContentStatus
  actor: Actor
  /** Required (non-blank) to reject, and to override compliance. */
  reason?: string | null
  /**
   * Block-level compliance hits, including a missing 广告 disclosure (SPEC §3.2); empty = clean.
   * Approval needs it: a check that has not run is not a clean check.
   */
  compliance?: { blockingIssues: readonly Localized[] } | null
  /** A reviewer or admin approving despite blocking issues; needs a reason. */
  overrideCompliance?: boolean
  /** The new time when scheduling; the variant's planned time when the job publishes. */
  scheduledAt?: Date | null
  now: Date
  /** A publisher's confirmation carries at least one of them (SPEC §4). */
  publication?: { url?: string | null; platformPostId?: string | null } | null
}

export type TransitionRefusal = { code: string; message: Localized }

export type TransitionDecision =
  /** overriddenIssues is non-empty when a compliance override was used; the audit log keeps it. */
  { allowed: true; overriddenIssues: readonly Localized[] } | { allowed: false; refusals: readonly TransitionRefusal[] }

/** The moves the admin UI offers this actor, in lifecycle order; conditions are checked later. */
export const allowedTargets = (from: ContentStatus, actor: Actor): ContentStatus[] => targetsFor(TRANSITIONS, CONTENT_STATUSES, from, actor)

const isBlank = (text: string | null | undefined): boolean => !text?.trim()

const isApproval = (request: TransitionRequest): boolean => request.from === 'in_review' && request.to === 'approved'

const label = (status: ContentStatus): Localized => STATUS_LABELS[status]

type Condition = (request: TransitionRequest) => TransitionRefusal | null

const rejectionReason: Condition = ({ to, reason }) =>
  to === 'rejected' && isBlank(reason)
    ? {
        code: 'reason-required',
        message: {
          zh: '驳回时请填写理由，告诉编辑需要修改什么。',
          en: 'Give a reason for the rejection, so the editor knows what to change.',
        },
      }
    : null

const complianceClearance: Condition = (request) => {
  if (!isApproval(request)) return null
  if (!request.compliance) {
    return {
      code: 'compliance-not-checked',
      message: {
        zh: '合规检查尚未完成，暂时不能通过审核。',
        en: 'The compliance check has not run yet, so this cannot be approved.',
      },
    }
  }
  const count = request.compliance.blockingIssues.length
  if (count === 0) return null
  if (!request.overrideCompliance) {
    return {
      code: 'compliance-blocked',
      message: {
        zh: `合规检查发现 ${count} 个必须处理的问题，不能通过审核。请修改内容，或填写理由后强制通过。`,
        en: `Compliance found ${count === 1 ? 'a blocking issue' : `${count} blocking issues`}, so this cannot be approved. Fix the content, or give a reason and override.`,
      },
    }
  }
  return isBlank(request.reason)
    ? {
        code: 'reason-required',
        message: {
          zh: '忽略合规问题强制通过时，必须填写理由。',
          en: 'Approving despite compliance issues needs a reason.',
        },
      }
    : null
}

const isValidDate = (date: Date | null | undefined): date is Date => date instanceof Date && !Number.isNaN(date.getTime())

const scheduleTime: Condition = ({ to, scheduledAt, now }) => {
  if (to !== 'scheduled') return null
  if (!isValidDate(scheduledAt)) {
    return {
      code: 'schedule-required',
      message: { zh: '排期时请选择发布时间。', en: 'Choose a publishing time to schedule this.' },
    }
  }
  // "Now" is not in the future either: the job may already have run for this minute.
  return scheduledAt.getTime() > now.getTime()
    ? null
    : {
        code: 'schedule-in-past',
        message: { zh: '发布时间必须晚于现在。', en: 'The publishing time must be in the future.' },
      }
}

const publicationEvidence: Condition = ({ to, actor, scheduledAt, now, publication }) => {
  if (to !== 'published') return null
  if (actor === 'system') {
    // An unreadable date compares false, so a corrupt schedule or clock never counts as due.
    const due = scheduledAt == null || scheduledAt.getTime() <= now.getTime()
    return due
      ? null
      : {
          code: 'schedule-not-due',
          message: {
            zh: '还没到排期的发布时间。',
            en: 'The scheduled publishing time has not come yet.',
          },
        }
  }
  // Self-publishing channels are published by the job; anyone else confirms a post that exists.
  return isBlank(publication?.url) && isBlank(publication?.platformPostId)
    ? {
        code: 'publication-proof-required',
        message: {
          zh: '确认发布时，请填写帖子链接或平台内容 ID。',
          en: "To confirm publication, give the post's URL or its platform post ID.",
        },
      }
    : null
}

const CONDITIONS: readonly Condition[] = [rejectionReason, complianceClearance, scheduleTime, publicationEvidence]

function noSuchTransition(from: ContentStatus, to: ContentStatus): TransitionRefusal {
  const message: Localized =
    from === to
      ? { zh: `当前已是「${label(to).zh}」状态。`, en: `The status is already “${label(to).en}”.` }
      : {
          zh: `内容不能从「${label(from).zh}」改为「${label(to).zh}」。`,
          en: `Content cannot move from “${label(from).en}” to “${label(to).en}”.`,
        }
  return { code: 'no-such-transition', message }
}

const roleNotAllowed = (from: ContentStatus, to: ContentStatus): TransitionRefusal => ({
  code: 'role-not-allowed',
  message: {
    zh: `你没有权限把内容从「${label(from).zh}」改为「${label(to).zh}」。`,
    en: `You are not allowed to move content from “${label(from).en}” to “${label(to).en}”.`,
  },
})

/**
 * Whether the actor may make this move now. Every refusal that applies is returned (a wrong role
 * and a missing reason are both worth fixing), except for a move that does not exist at all, where
 * nothing else is meaningful. Pure and total: it never throws.
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { from, to, actor } = request
  const transition = findTransition(TRANSITIONS, from, to)
  if (!transition) return { allowed: false, refusals: [noSuchTransition(from, to)] }
  const refusals = [
    ...(mayMake(actor, transition) ? [] : [roleNotAllowed(from, to)]),
    ...CONDITIONS.map((condition) => condition(request)).filter((refusal) => refusal !== null),
  ]
  if (refusals.length > 0) return { allowed: false, refusals }
  // An approval that passed with blocking issues passed through an override.
  return {
    allowed: true,
    overriddenIssues: isApproval(request) ? (request.compliance?.blockingIssues ?? []) : [],
  }
}

/**
 * Moving a scheduled post to another time (the calendar's drag, or the edit form) keeps its status
 * but is a scheduling decision all the same: it is for those who may schedule, and only to a time
 * still ahead. Pure and total, like decideTransition.
 */
export function decideReschedule({ actor, scheduledAt, now }: Pick<TransitionRequest, 'actor' | 'scheduledAt' | 'now'>): TransitionDecision {
  const scheduling = findTransition(TRANSITIONS, 'approved', 'scheduled')!
  const refusals = [
    ...(mayMake(actor, scheduling)
      ? []
      : [
          {
            code: 'role-not-allowed',
            message: { zh: '你没有权限修改已排期内容的发布时间。', en: 'You are not allowed to change when scheduled content goes out.' },
          },
        ]),
    ...[scheduleTime({ from: 'approved', to: 'scheduled', actor, scheduledAt, now })].filter((refusal) => refusal !== null),
  ]
  return refusals.length > 0 ? { allowed: false, refusals } : { allowed: true, overriddenIssues: [] }
}

/**
 * The status a variant takes when its content is edited (applied by the save hook, not requested
 * by anyone). An approval covers the content the reviewer saw, so editing approved or scheduled
 * content voids it and cancels the schedule. It goes back to draft rather than straight to review:
 * one save is rarely the last, and submitting is the editor's statement that the work is ready.
 * Every other status stays: drafts and rejected work are being worked on anyway; content in review
 * is read by the reviewer in its latest version; published and archived content is kept in the
 * version history as it was, and what went out on the platform does not change with it.
 */
export function statusAfterContentEdit(status: ContentStatus): ContentStatus {
  return status === 'approved' || status === 'scheduled' ? 'draft' : status
}
