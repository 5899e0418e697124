import type { Role } from '../auth/roles'
import type { Localized } from '../i18n/localized'
import type { Collaboration } from '../payload-types'
import type { FormatId } from '../platforms/types'
import type { KolPlatform } from '../taxonomy/kols'

import { dueDayOf, isUnpublished } from '../collaborations/deliverables'
import {
  allowedStageTargets,
  COLLABORATION_STAGES,
  missingMoveInputs,
  STAGE_MOVE_INPUTS,
  type CollaborationStage,
  type StageMoveInput,
} from '../collaborations/stages'
import { compareIds } from '../scoring/ids'

/** A collaboration as a card on the campaign's pipeline board. */
export type BoardCard = {
  id: number | string
  kolName: string
  platform: KolPlatform
  stage: CollaborationStage
  /** null when not set, or not readable by this user. */
  fee: number | null
  /** The fit score taken when the KOL was shortlisted. */
  fitScore: number | null
  deliverables: { format: FormatId; dueDate: string | null; publishedUrl: string | null }[]
  updatedAt: string
}

/** What a card needs of a collaboration as Payload reads it (the KOL populated with its name, or just its id). */
export type CollaborationForBoard = Pick<Collaboration, 'id' | 'kol' | 'platform' | 'stage' | 'fee' | 'deliverables' | 'fitSnapshot' | 'updatedAt'>

/** The score in a fit snapshot (src/ranking/fitSnapshot.ts); none when the KOL was not eligible then. */
function snapshotScore(snapshot: unknown): number | null {
  const score = (snapshot as { eligible?: unknown; score?: unknown } | null)?.score
  return typeof score === 'number' && (snapshot as { eligible?: unknown }).eligible === true ? score : null
}

/** A collaboration as a card; `kolName` stands in when the KOL is not populated (a save's answer at depth 0). */
export function boardCardOf(collaboration: CollaborationForBoard, kolName = ''): BoardCard {
  const kol = collaboration.kol
  return {
    id: collaboration.id,
    kolName: typeof kol === 'object' && kol !== null && kol.name ? kol.name : kolName,
    platform: collaboration.platform,
    stage: collaboration.stage,
    fee: collaboration.fee ?? null,
    fitScore: snapshotScore(collaboration.fitSnapshot),
    deliverables: (collaboration.deliverables ?? []).map((deliverable) => ({
      format: deliverable.format,
      dueDate: deliverable.dueDate ?? null,
      publishedUrl: deliverable.publishedUrl ?? null,
    })),
    updatedAt: collaboration.updatedAt,
  }
}

/** The board's columns, in pipeline order; a cancelled collaboration leaves the pipeline. */
export const BOARD_STAGES: readonly CollaborationStage[] = COLLABORATION_STAGES.filter((stage) => stage !== 'cancelled')

export type BoardColumns = { columns: { stage: CollaborationStage; cards: BoardCard[] }[]; cancelled: BoardCard[] }

/** Most recently moved first: what just happened is what a manager looks for. Ties by id. */
const byRecentMove = (a: BoardCard, b: BoardCard) => b.updatedAt.localeCompare(a.updatedAt) || compareIds(String(a.id), String(b.id))

/** The cards in their stage's column; every stage has a column, empty or not. */
export function boardColumns(cards: readonly BoardCard[]): BoardColumns {
  const inStage = (stage: CollaborationStage) => cards.filter((card) => card.stage === stage).sort(byRecentMove)
  return { columns: BOARD_STAGES.map((stage) => ({ stage, cards: inStage(stage) })), cancelled: inStage('cancelled') }
}

/** Where this user may move a card from its stage (the stage rules; conditions are the server's to check). */
export const moveTargets = (stage: CollaborationStage, roles: readonly Role[]): CollaborationStage[] => allowedStageTargets(stage, { roles })

/**
 * What the board asks for before sending a move: what the stage rules want given with it
 * (STAGE_MOVE_INPUTS: a reason to cancel, a fee to contract) that the card does not already have.
 * Everything else they want (deliverables, post URL, metrics, rating) lives on the collaboration's
 * own form, and the server's refusal says which.
 */
export const inputsForMove = (card: Pick<BoardCard, 'fee'>, to: CollaborationStage): StageMoveInput[] => missingMoveInputs(to, { fee: card.fee })

/** What the manager typed into the move dialog. */
export type TypedMoveInputs = { reason: string; fee: string }

export type MoveInputs = { reason?: string; fee?: number }

/**
 * The dialog's inputs checked by the same rules the server applies: what to send, or, per input
 * that is missing or unusable, the stage rules' own explanation.
 */
export function checkMoveInputs(
  inputs: readonly StageMoveInput[],
  typed: TypedMoveInputs,
): { ok: true; given: MoveInputs } | { ok: false; problems: Partial<Record<StageMoveInput, Localized>> } {
  const typedFee = typed.fee.trim()
  const given: MoveInputs = {
    ...(inputs.includes('reason') ? { reason: typed.reason.trim() } : {}),
    ...(inputs.includes('fee') ? { fee: typedFee === '' ? Number.NaN : Number(typedFee) } : {}),
  }
  const problems = Object.fromEntries(
    inputs.filter((input) => !STAGE_MOVE_INPUTS[input].given(given)).map((input) => [input, STAGE_MOVE_INPUTS[input].refusal.message]),
  )
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, given }
}

/** The body of the PATCH that makes the move; the collection's applyStageMove hook decides it. */
export function moveRequestBody(to: CollaborationStage, given: MoveInputs = {}) {
  return {
    stage: to,
    ...(given.reason?.trim() ? { stageNote: given.reason.trim() } : {}),
    ...(given.fee !== undefined ? { fee: given.fee } : {}),
  }
}

type PayloadErrorBody = { errors?: { message?: unknown; data?: { errors?: { message?: unknown }[] } }[] }

/**
 * The messages of a refused save as Payload's REST API answers it: each field error of a
 * ValidationError (applyStageMove's refusals, in the user's language), else the error itself.
 */
export function refusalMessages(body: unknown, fallback: string): string[] {
  const errors = (body as PayloadErrorBody | null)?.errors ?? []
  const messages = errors.flatMap((error) => {
    const fieldMessages = (error.data?.errors ?? []).map((fieldError) => fieldError.message).filter((message) => typeof message === 'string')
    return fieldMessages.length > 0 ? fieldMessages : typeof error.message === 'string' ? [error.message] : []
  })
  return messages.length > 0 ? [...new Set(messages)] : [fallback]
}

export type DueDeliverable = { format: FormatId; /** Beijing day, YYYY-MM-DD. */ dueDay: string; overdue: boolean }

/** The deliverables still to come, soonest first, each with its Beijing due day and whether it is late. */
export function dueDeliverables(deliverables: BoardCard['deliverables'], now: Date): DueDeliverable[] {
  return deliverables
    .filter((deliverable): deliverable is typeof deliverable & { dueDate: string } => Boolean(deliverable.dueDate) && isUnpublished(deliverable))
    .map((deliverable) => ({ format: deliverable.format, ...dueDayOf(deliverable.dueDate, now) }))
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay))
}
