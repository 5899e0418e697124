import type { Localized } from '../i18n/localized'

import { findTransition, mayMake, type Actor, type RoleTransition } from '../workflow/transitionTable'

/** SPEC §7: every submission waits in the queue until a moderator decides. */
export const UGC_STATUSES = ['pending', 'approved', 'rejected', 'featured'] as const
export type UgcStatus = (typeof UGC_STATUSES)[number]

export const UGC_STATUS_LABELS: Record<UgcStatus, Localized> = {
  pending: { zh: '待审核', en: 'Pending' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '已拒绝', en: 'Rejected' },
  featured: { zh: '精选', en: 'Featured' },
}

/** Featured is approved and shown first: both earn the reward and may be reused. */
export const ACCEPTED_UGC_STATUSES: readonly UgcStatus[] = ['approved', 'featured']

const MODERATORS = ['admin', 'kol-manager'] as const
const move = (from: UgcStatus, to: UgcStatus): RoleTransition<UgcStatus> => ({ from, to, by: MODERATORS })

/**
 * A decision can be revised (an appeal, a featured post taken down) but never undone to pending:
 * the queue is for submissions nobody has looked at yet.
 */
export const UGC_TRANSITIONS: readonly RoleTransition<UgcStatus>[] = [
  move('pending', 'approved'),
  move('pending', 'rejected'),
  move('pending', 'featured'),
  move('approved', 'featured'),
  move('approved', 'rejected'),
  move('featured', 'approved'),
  move('featured', 'rejected'),
  move('rejected', 'approved'),
  move('rejected', 'featured'),
]

export type ModerationRequest = { from: UgcStatus; to: UgcStatus; actor: Actor; reason: string | null | undefined; erased: boolean }

/** Why a moderation decision cannot be made, with the field the moderator has to fix; null when it can. */
export function moderationRefusal({ from, to, actor, reason, erased }: ModerationRequest): { field: string; message: Localized } | null {
  if (from === to) return null
  const transition = findTransition(UGC_TRANSITIONS, from, to)
  if (!transition) {
    return {
      field: 'status',
      message: {
        zh: `不能从「${UGC_STATUS_LABELS[from].zh}」改为「${UGC_STATUS_LABELS[to].zh}」。`,
        en: `A submission cannot go from ${UGC_STATUS_LABELS[from].en} to ${UGC_STATUS_LABELS[to].en}.`,
      },
    }
  }
  if (!mayMake(actor, transition)) {
    return { field: 'status', message: { zh: '只有管理员和达人经理可以审核用户内容。', en: 'Only administrators and KOL managers moderate UGC.' } }
  }
  if (erased && to !== 'rejected') {
    return {
      field: 'status',
      message: { zh: '该投稿的个人信息和素材已按用户要求删除，不能再通过。', en: 'This submission was erased at its author’s request and cannot be approved.' },
    }
  }
  if (to === 'rejected' && !reason?.trim()) {
    return { field: 'rejectionReason', message: { zh: '拒绝时须填写理由。', en: 'Give a reason for the rejection.' } }
  }
  return null
}
