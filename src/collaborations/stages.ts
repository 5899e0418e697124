import type { Localized } from '../i18n/localized'
import { yuan } from '../scoring/format'
import { findTransition, mayMake, targetsFor, type Actor, type RoleTransition } from '../workflow/transitionTable'

/** A collaboration's pipeline, from the first shortlist to the paid invoice (SPEC §5). */
export const COLLABORATION_STAGES = [
  'shortlisted',
  'contacted',
  'negotiating',
  'contracted',
  'briefed',
  'draft_submitted',
  'revision_requested',
  'approved',
  'published',
  'data_collected',
  'settled',
  'cancelled',
] as const

export type CollaborationStage = (typeof COLLABORATION_STAGES)[number]

export const STAGE_LABELS: Record<CollaborationStage, Localized> = {
  shortlisted: { zh: '初选', en: 'Shortlisted' },
  contacted: { zh: '已联系', en: 'Contacted' },
  negotiating: { zh: '洽谈中', en: 'Negotiating' },
  contracted: { zh: '已签约', en: 'Contracted' },
  briefed: { zh: '已下 brief', en: 'Briefed' },
  draft_submitted: { zh: '已交稿', en: 'Draft submitted' },
  revision_requested: { zh: '待修改', en: 'Revision requested' },
  approved: { zh: '稿件通过', en: 'Draft approved' },
  published: { zh: '已发布', en: 'Published' },
  data_collected: { zh: '已回收数据', en: 'Data collected' },
  settled: { zh: '已结算', en: 'Settled' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
}

/** From contracting on, the fee is owed: it counts against the campaign budget. */
export const COMMITTED_STAGES: readonly CollaborationStage[] = COLLABORATION_STAGES.slice(
  COLLABORATION_STAGES.indexOf('contracted'),
  COLLABORATION_STAGES.indexOf('settled') + 1,
)

/** The post is out: figures are results rather than plans, and the KOL can be shown as "as seen on". */
export const POSTED_STAGES: readonly CollaborationStage[] = COLLABORATION_STAGES.slice(
  COLLABORATION_STAGES.indexOf('published'),
  COLLABORATION_STAGES.indexOf('settled') + 1,
)

/** A collaboration can be called off until the post is out; after that it is settled. */
const CANCELLABLE_STAGES: readonly CollaborationStage[] = COLLABORATION_STAGES.slice(0, COLLABORATION_STAGES.indexOf('published'))

const MANAGERS = ['kol-manager', 'admin'] as const
/** The brand's reviewers judge a KOL's draft like any other content; KOL managers may relay it. */
const DRAFT_JUDGES = ['reviewer', 'kol-manager', 'admin'] as const

/**
 * Who may move a collaboration from which stage to which. KOL managers run the pipeline; editors
 * make no moves (they work on the linked content); a publisher confirms a post that went out.
 */
export const STAGE_TRANSITIONS: readonly RoleTransition<CollaborationStage>[] = [
  { from: 'shortlisted', to: 'contacted', by: MANAGERS },
  { from: 'contacted', to: 'negotiating', by: MANAGERS },
  { from: 'negotiating', to: 'contracted', by: MANAGERS },
  { from: 'contracted', to: 'briefed', by: MANAGERS },
  { from: 'briefed', to: 'draft_submitted', by: MANAGERS },
  { from: 'draft_submitted', to: 'revision_requested', by: DRAFT_JUDGES },
  { from: 'revision_requested', to: 'draft_submitted', by: MANAGERS },
  { from: 'draft_submitted', to: 'approved', by: DRAFT_JUDGES },
  { from: 'approved', to: 'published', by: ['publisher', ...MANAGERS] },
  { from: 'published', to: 'data_collected', by: MANAGERS },
  { from: 'data_collected', to: 'settled', by: MANAGERS },
  ...CANCELLABLE_STAGES.map((from) => ({ from, to: 'cancelled' as const, by: MANAGERS })),
]

export const allowedStageTargets = (from: CollaborationStage, actor: Actor): CollaborationStage[] =>
  targetsFor(STAGE_TRANSITIONS, COLLABORATION_STAGES, from, actor)

/** What a move needs to know about the collaboration as it will be saved. */
export type StageMoveRequest = {
  from: CollaborationStage
  to: CollaborationStage
  actor: Actor
  fee: number | null
  /** The campaign's budget left for this collaboration (its own fee not counted); null = no budget set. */
  remainingBudget: number | null
  deliverables: readonly { publishedUrl?: string | null }[]
  snapshotCount: number
  rating: number | null
  onTime: boolean | null
  reason: string | null
}

export type StageRefusal = { code: string; message: Localized }

type Condition = (request: StageMoveRequest) => StageRefusal | null

/** What the manager gives with a move into some stages, beyond the stage itself. */
export type StageMoveInput = 'reason' | 'fee'

type MoveInputRule = {
  /** The stage whose moves need it. */
  stage: CollaborationStage
  /** Whether a usable one is given. */
  given: (inputs: { fee?: number | null; reason?: string | null }) => boolean
  /** What the stage rules answer without it. */
  refusal: StageRefusal
}

const feeGiven = (fee: number | null | undefined): fee is number => typeof fee === 'number' && Number.isFinite(fee) && fee > 0

/**
 * The one description of what a move needs from the manager: a reason to cancel (it goes to the
 * audit log), a fee to contract (the budget check reads it). The stage conditions below refuse a
 * move without it, and the campaign's pipeline board asks for it before sending the move.
 */
export const STAGE_MOVE_INPUTS: Readonly<Record<StageMoveInput, MoveInputRule>> = {
  reason: {
    stage: 'cancelled',
    given: ({ reason }) => Boolean(reason?.trim()),
    refusal: { code: 'reason-required', message: { zh: '取消合作请填写原因。', en: 'Give a reason for cancelling.' } },
  },
  fee: {
    stage: 'contracted',
    given: ({ fee }) => feeGiven(fee),
    refusal: { code: 'fee-required', message: { zh: '签约前请填写合作费用（大于 0 的金额）。', en: 'Enter the fee, an amount above 0, before contracting.' } },
  },
}

const MOVE_INPUTS = Object.keys(STAGE_MOVE_INPUTS) as StageMoveInput[]

/** The inputs a move into `to` needs and that `given` lacks. */
export const missingMoveInputs = (to: CollaborationStage, given: { fee?: number | null; reason?: string | null }): StageMoveInput[] =>
  MOVE_INPUTS.filter((input) => STAGE_MOVE_INPUTS[input].stage === to && !STAGE_MOVE_INPUTS[input].given(given))

const overBudget = (fee: number, remainingBudget: number | null): StageRefusal | null =>
  remainingBudget !== null && fee > remainingBudget
    ? {
        code: 'over-budget',
        message: {
          zh: `合作费用 ${yuan(fee)} 超出活动剩余预算 ${yuan(Math.max(remainingBudget, 0))}。`,
          en: `The fee of ${yuan(fee)} exceeds the campaign's remaining budget of ${yuan(Math.max(remainingBudget, 0))}.`,
        },
      }
    : null

/** A fee owed from now on must be given and fit in what is left of the budget (null = the campaign has none). */
export const budgetRefusal = (fee: number | null, remainingBudget: number | null): StageRefusal | null =>
  feeGiven(fee) ? overBudget(fee, remainingBudget) : STAGE_MOVE_INPUTS.fee.refusal

/** A move into a stage that needs an input is refused without it. */
const inputsGiven: readonly Condition[] = MOVE_INPUTS.map((input) => {
  const rule = STAGE_MOVE_INPUTS[input]
  return (request: StageMoveRequest) => (request.to === rule.stage && !rule.given(request) ? rule.refusal : null)
})

const feeWithinBudget: Condition = ({ to, fee, remainingBudget }) =>
  to === STAGE_MOVE_INPUTS.fee.stage && feeGiven(fee) ? overBudget(fee, remainingBudget) : null

const deliverablesAgreed: Condition = ({ to, deliverables }) =>
  to === 'briefed' && deliverables.length === 0
    ? {
        code: 'deliverables-required',
        message: { zh: '下 brief 前请列出交付内容。', en: 'List the deliverables before briefing.' },
      }
    : null

const postIsOut: Condition = ({ to, deliverables }) =>
  to === 'published' && !deliverables.some((deliverable) => deliverable.publishedUrl?.trim())
    ? {
        code: 'publication-proof-required',
        message: {
          zh: '请至少为一项交付内容填写发布链接。',
          en: 'Give the published URL of at least one deliverable.',
        },
      }
    : null

const metricsCollected: Condition = ({ to, snapshotCount }) =>
  to === 'data_collected' && snapshotCount === 0
    ? {
        code: 'metrics-required',
        message: { zh: '请至少录入一次数据快照（如 T+1）。', en: 'Record at least one metric snapshot (e.g. T+1).' },
      }
    : null

const settlementReview: Condition = ({ to, rating, onTime }) =>
  to === 'settled' && (rating === null || !Number.isInteger(rating) || rating < 1 || rating > 5 || onTime === null)
    ? {
        code: 'rating-required',
        message: {
          zh: '结算时请为达人打分（1–5）并注明是否按时交付。',
          en: 'To settle, rate the KOL (1–5) and say whether they delivered on time.',
        },
      }
    : null

const CONDITIONS: readonly Condition[] = [...inputsGiven, feeWithinBudget, deliverablesAgreed, postIsOut, metricsCollected, settlementReview]

const label = (stage: CollaborationStage) => STAGE_LABELS[stage]

/**
 * Whether the actor may move the collaboration now. Every refusal that applies is returned; a move
 * that does not exist at all is the only refusal then. Pure and total.
 */
export function decideStageMove(request: StageMoveRequest): { allowed: true } | { allowed: false; refusals: StageRefusal[] } {
  const { from, to, actor } = request
  const transition = findTransition(STAGE_TRANSITIONS, from, to)
  if (!transition) {
    return {
      allowed: false,
      refusals: [
        {
          code: 'no-such-transition',
          message: {
            zh: `合作不能从「${label(from).zh}」改为「${label(to).zh}」。`,
            en: `A collaboration cannot move from “${label(from).en}” to “${label(to).en}”.`,
          },
        },
      ],
    }
  }
  const refusals = [
    ...(mayMake(actor, transition)
      ? []
      : [
          {
            code: 'role-not-allowed',
            message: {
              zh: `你没有权限把合作从「${label(from).zh}」改为「${label(to).zh}」。`,
              en: `You are not allowed to move a collaboration from “${label(from).en}” to “${label(to).en}”.`,
            },
          },
        ]),
    ...CONDITIONS.map((condition) => condition(request)).filter((refusal) => refusal !== null),
  ]
  return refusals.length > 0 ? { allowed: false, refusals } : { allowed: true }
}
