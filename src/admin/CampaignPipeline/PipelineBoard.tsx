'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import { type DragEvent, type FormEvent, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'

import type { Role } from '../../auth/roles'
import type { Localized } from '../../i18n/localized'
import type { Campaign, Collaboration } from '../../payload-types'

import {
  boardCardOf,
  boardColumns,
  checkMoveInputs,
  dueDeliverables,
  inputsForMove,
  moveRequestBody,
  moveTargets,
  type BoardCard,
  type MoveInputs,
  type TypedMoveInputs,
} from '../../campaigns/board'
import { STAGE_LABELS, type CollaborationStage, type StageMoveInput } from '../../collaborations/stages'
import { languageOf } from '../../i18n/localized'
import { FORMAT_RULES } from '../../platforms/rules'
import { yuan } from '../../scoring/format'
import { sendRest, useApiUrls } from '../CampaignShared/api'
import { fill } from '../CampaignShared/format'
import { PlatformBadge } from '../CampaignShared/PlatformBadge'
import '../CampaignShared/styles.scss'

const TEXT = {
  title: { zh: '合作看板', en: 'Pipeline board' },
  intro: {
    zh: '把卡片拖到另一列即推进合作；高亮的列是你可以移入的阶段。也可以用每张卡片上的“移到…”选择阶段。',
    en: 'Drag a card to another column to move the collaboration on; highlighted columns are the stages you may move it to. Or use “Move to…” on each card.',
  },
  budget: { zh: '预算', en: 'Budget' },
  committed: { zh: '已签约', en: 'Committed' },
  remaining: { zh: '剩余', en: 'Remaining' },
  noBudget: { zh: '未设预算', en: 'No budget set' },
  board: { zh: '合作阶段', en: 'Collaboration stages' },
  empty: { zh: '暂无', en: 'None' },
  count: { zh: '{n} 个', en: '{n}' },
  cancelled: { zh: '已取消（{n}）', en: 'Cancelled ({n})' },
  dropCancel: { zh: '拖到这里取消合作', en: 'Drop here to cancel' },
  fee: { zh: '费用', en: 'Fee' },
  noFee: { zh: '未定费用', en: 'No fee yet' },
  fit: { zh: '匹配分', en: 'Fit' },
  due: { zh: '交付', en: 'Due' },
  overdue: { zh: '已逾期', en: 'overdue' },
  moveTo: { zh: '移到…', en: 'Move to…' },
  moveToFor: { zh: '把「{name}」移到…', en: 'Move “{name}” to…' },
  move: { zh: '移动', en: 'Move' },
  noMoves: { zh: '此阶段没有你可以做的移动', en: 'No move you can make from here' },
  saving: { zh: '保存中…', en: 'Saving…' },
  moved: { zh: '「{name}」已移到「{stage}」', en: '“{name}” moved to “{stage}”' },
  refused: { zh: '未能移到「{stage}」：', en: 'Could not move to “{stage}”:' },
  failed: { zh: '保存失败，请稍后再试。', en: 'The save failed; try again later.' },
  dialogTitle: { zh: '把「{name}」移到「{stage}」', en: 'Move “{name}” to “{stage}”' },
  note: { zh: '取消原因', en: 'Reason for cancelling' },
  noteHelp: { zh: '会记入审计日志', en: 'Kept in the audit log' },
  feeInput: { zh: '合作费用（元）', en: 'Fee (CNY)' },
  feeHelp: { zh: '签约时费用须在活动剩余预算之内', en: 'The fee must fit in the campaign’s remaining budget' },
  confirm: { zh: '确认', en: 'Confirm' },
  back: { zh: '返回', en: 'Back' },
} satisfies Record<string, Localized>

type Props = {
  campaign: { id: number | string; budget: Campaign['budget'] | null }
  cards: BoardCard[]
  roles: Role[]
  /** When the page was rendered: due dates are judged against it, the same on server and client. */
  now: string
}

type CardState = { saving?: boolean; refusal?: { stage: CollaborationStage; messages: string[] } }
type PendingMove = {
  card: BoardCard
  to: CollaborationStage
  inputs: StageMoveInput[]
  /** What had the focus when the move was asked for (the card's 移动 button), to return to if it is called off. */
  opener: Element | null
}
/** Where the focus goes once a move has settled or been called off (its control was disabled or its card remounted). */
type FocusRequest = { id: number | string; part: 'link' | 'select'; preferred?: Element | null }

const isFocusable = (element: Element | null | undefined): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && element !== document.body && !element.matches(':disabled')

/**
 * The campaign's pipeline: a column per stage in order, cancelled apart. A move, by drag and drop
 * or the "move to" select, is a PATCH of the collaboration with the user's session: its
 * applyStageMove hook decides, and a refusal is shown on the card, which stays where it was.
 */
export const PipelineBoard = ({ campaign, cards: initialCards, roles, now }: Props) => {
  const { i18n } = useTranslation()
  const lang = languageOf(i18n)
  const { config } = useConfig()
  const { api } = useApiUrls()
  const [cards, setCards] = useState(initialCards)
  const [budget, setBudget] = useState(campaign.budget)
  const [states, setStates] = useState<Record<string, CardState>>({})
  const [dragging, setDragging] = useState<BoardCard | null>(null)
  const [pending, setPending] = useState<PendingMove | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [cancelledOpen, setCancelledOpen] = useState(false)
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)
  const root = useRef<HTMLDivElement>(null)
  // Set once React has attached the handlers: a card dragged before that would go nowhere.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const { columns, cancelled } = useMemo(() => boardColumns(cards), [cards])
  const allowed = dragging ? moveTargets(dragging.stage, roles) : []
  const collaborationHref = (id: number | string) => formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/collaborations/${id}` })

  const setCardState = (id: number | string, state: CardState) => setStates((current) => ({ ...current, [String(id)]: state }))

  // After the render that put the card in place (and enabled its controls again).
  useEffect(() => {
    if (!focusRequest) return
    const card = root.current?.querySelector(`[data-collaboration="${CSS.escape(String(focusRequest.id))}"]`)
    const link = card?.querySelector('.pipeline-card__title a')
    const select = card?.querySelector('.pipeline-card__move select')
    const target = [focusRequest.preferred, focusRequest.part === 'select' ? select : null, link].find(isFocusable)
    target?.focus()
    setFocusRequest(null)
  }, [focusRequest])

  const send = async (card: BoardCard, to: CollaborationStage, given: MoveInputs = {}) => {
    setCardState(card.id, { saving: true })
    const result = await sendRest<Collaboration>(`${api}/collaborations/${card.id}?depth=0`, 'PATCH', moveRequestBody(to, given), TEXT.failed[lang])
    if (!result.ok) {
      setCardState(card.id, { refusal: { stage: to, messages: result.messages } })
      setFocusRequest({ id: card.id, part: 'select' })
      return
    }
    const moved = boardCardOf(result.data, card.kolName)
    setCards((current) => current.map((candidate) => (candidate.id === card.id ? moved : candidate)))
    setCardState(card.id, {})
    if (moved.stage === 'cancelled') setCancelledOpen(true)
    setFocusRequest({ id: card.id, part: 'link' })
    setAnnouncement(fill(TEXT.moved[lang], { name: card.kolName, stage: STAGE_LABELS[moved.stage][lang] }))
    // Contracts and cancellations change what the campaign has committed; the figures stay as they were if this read fails.
    const fresh = await fetch(`${api}/campaigns/${campaign.id}?depth=0&select[budget]=true`, { credentials: 'include' })
      .then((answer) => (answer.ok ? (answer.json() as Promise<Campaign>) : null))
      .catch(() => null)
    if (fresh?.budget) setBudget(fresh.budget)
  }

  /** A move the user asked for: moves that need input ask for it first; the server decides the rest. */
  const requestMove = (card: BoardCard, to: CollaborationStage) => {
    if (card.stage === to) return
    const inputs = moveTargets(card.stage, roles).includes(to) ? inputsForMove(card, to) : []
    if (inputs.length > 0) setPending({ card, to, inputs, opener: document.activeElement })
    else void send(card, to)
  }

  const dropProps = (stage: CollaborationStage) => ({
    onDragOver: (event: DragEvent) => {
      if (!dragging) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'move'
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault()
      const id = event.dataTransfer.getData('text/plain')
      const card = cards.find((candidate) => String(candidate.id) === id) ?? dragging
      setDragging(null)
      if (card) requestMove(card, stage)
    },
  })
  const columnClass = (stage: CollaborationStage) =>
    [
      'pipeline-column',
      dragging && dragging.stage === stage && 'pipeline-column--source',
      dragging && dragging.stage !== stage && (allowed.includes(stage) ? 'pipeline-column--allowed' : 'pipeline-column--blocked'),
    ]
      .filter(Boolean)
      .join(' ')

  const renderCard = (card: BoardCard) => (
    <PipelineCard
      key={card.id}
      card={card}
      lang={lang}
      now={now}
      state={states[String(card.id)] ?? {}}
      targets={moveTargets(card.stage, roles)}
      href={collaborationHref(card.id)}
      onMove={(to) => requestMove(card, to)}
      onDragStart={() => setDragging(card)}
      onDragEnd={() => setDragging(null)}
    />
  )

  return (
    <div className="campaign-view campaign-pipeline" ref={root} data-ready={ready || undefined}>
      <div className="campaign-view__header">
        <h2>{TEXT.title[lang]}</h2>
        <p>{TEXT.intro[lang]}</p>
        <p className="campaign-pipeline__budget">
          {budget?.total != null ? (
            <>
              {TEXT.budget[lang]} {yuan(budget.total)} · {TEXT.committed[lang]} {yuan(budget.committed ?? 0)} · {TEXT.remaining[lang]}{' '}
              <strong>{yuan(budget.remaining ?? budget.total)}</strong>
            </>
          ) : (
            TEXT.noBudget[lang]
          )}
        </p>
      </div>
      <p className="campaign-sr-only" role="status">
        {announcement}
      </p>
      <div className="pipeline-board" role="group" aria-label={TEXT.board[lang]}>
        {columns.map(({ stage, cards: inColumn }) => (
          <section key={stage} className={columnClass(stage)} data-stage={stage} aria-labelledby={`pipeline-${stage}`} {...dropProps(stage)}>
            <h3 id={`pipeline-${stage}`}>
              {STAGE_LABELS[stage][lang]} <span className="pipeline-column__count">{fill(TEXT.count[lang], { n: inColumn.length })}</span>
            </h3>
            {inColumn.length > 0 ? <ul>{inColumn.map(renderCard)}</ul> : <p className="pipeline-column__empty">{TEXT.empty[lang]}</p>}
          </section>
        ))}
      </div>
      <section
        className={[columnClass('cancelled'), 'pipeline-column--cancelled'].join(' ')}
        data-stage="cancelled"
        aria-labelledby="pipeline-cancelled"
        {...dropProps('cancelled')}
      >
        <details open={cancelledOpen} onToggle={(event) => setCancelledOpen(event.currentTarget.open)}>
          <summary>
            <h3 id="pipeline-cancelled">{fill(TEXT.cancelled[lang], { n: cancelled.length })}</h3>
            {dragging ? <span className="pipeline-column__hint">{TEXT.dropCancel[lang]}</span> : null}
          </summary>
          {cancelled.length > 0 ? <ul>{cancelled.map(renderCard)}</ul> : <p className="pipeline-column__empty">{TEXT.empty[lang]}</p>}
        </details>
      </section>
      {pending ? (
        <MoveDialog
          pending={pending}
          lang={lang}
          onCancel={() => {
            setPending(null)
            setFocusRequest({ id: pending.card.id, part: 'select', preferred: pending.opener })
          }}
          onConfirm={(given) => {
            setPending(null)
            void send(pending.card, pending.to, given)
          }}
        />
      ) : null}
    </div>
  )
}

type CardProps = {
  card: BoardCard
  lang: keyof Localized
  now: string
  state: CardState
  targets: CollaborationStage[]
  href: string
  onMove: (to: CollaborationStage) => void
  onDragStart: () => void
  onDragEnd: () => void
}

const PipelineCard = ({ card, lang, now, state, targets, href, onMove, onDragStart, onDragEnd }: CardProps) => {
  const selectId = useId()
  const [target, setTarget] = useState<CollaborationStage | ''>('')
  const due = dueDeliverables(card.deliverables, new Date(now))
  return (
    <li
      className={['pipeline-card', state.refusal && 'pipeline-card--refused', state.saving && 'pipeline-card--saving'].filter(Boolean).join(' ')}
      data-collaboration={card.id}
      draggable={!state.saving}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', String(card.id))
        event.dataTransfer.effectAllowed = 'move'
        onDragStart()
      }}
      onDragEnd={onDragEnd}
    >
      <p className="pipeline-card__title">
        <Link href={href}>{card.kolName}</Link>
        <PlatformBadge platform={card.platform} lang={lang} />
      </p>
      <p className="pipeline-card__facts">
        <span>{card.fee !== null ? `${TEXT.fee[lang]} ${yuan(card.fee)}` : TEXT.noFee[lang]}</span>
        {card.fitScore !== null ? (
          <span>
            {TEXT.fit[lang]} {card.fitScore}
          </span>
        ) : null}
      </p>
      {due.length > 0 ? (
        <ul className="pipeline-card__due">
          {due.slice(0, 2).map((deliverable, index) => (
            <li key={`${deliverable.format}-${index}`} className={deliverable.overdue ? 'pipeline-card__overdue' : undefined}>
              {TEXT.due[lang]} {deliverable.dueDay} · {FORMAT_RULES[deliverable.format]?.label[lang] ?? deliverable.format}
              {deliverable.overdue ? `（${TEXT.overdue[lang]}）` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {targets.length > 0 ? (
        <div className="pipeline-card__move">
          <label htmlFor={selectId}>{TEXT.moveTo[lang]}</label>
          <select
            id={selectId}
            aria-label={fill(TEXT.moveToFor[lang], { name: card.kolName })}
            value={target}
            disabled={state.saving}
            onChange={(event) => setTarget(event.target.value as CollaborationStage | '')}
          >
            <option value="">—</option>
            {targets.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage][lang]}
              </option>
            ))}
          </select>
          <Button
            buttonStyle="secondary"
            margin={false}
            size="small"
            disabled={!target || state.saving}
            onClick={() => {
              if (target) onMove(target)
            }}
          >
            {TEXT.move[lang]}
          </Button>
        </div>
      ) : (
        <p className="pipeline-card__none">{TEXT.noMoves[lang]}</p>
      )}
      {state.saving ? <p className="pipeline-card__saving">{TEXT.saving[lang]}</p> : null}
      {state.refusal ? (
        <div className="campaign-error pipeline-card__refusal" role="alert">
          <p>{fill(TEXT.refused[lang], { stage: STAGE_LABELS[state.refusal.stage][lang] })}</p>
          <ul>
            {state.refusal.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  )
}

type DialogProps = {
  pending: PendingMove
  lang: keyof Localized
  onCancel: () => void
  onConfirm: (given: MoveInputs) => void
}

/**
 * Asks for what a move needs (a reason to cancel, a fee to contract) before it is sent, checked by
 * the stage rules' own test of it. A modal dialog: the page behind it is inert while it is open.
 */
const MoveDialog = ({ pending, lang, onCancel, onConfirm }: DialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const idBase = useId()
  const [typed, setTyped] = useState<TypedMoveInputs>({ reason: '', fee: '' })
  const [problems, setProblems] = useState<Partial<Record<StageMoveInput, Localized>>>({})
  // Layout effects: closed while still in the document, so the page behind stops being inert at once.
  useLayoutEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => {
      if (element?.open) element.close()
    }
  }, [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkMoveInputs(pending.inputs, typed)
    if (checked.ok) return onConfirm(checked.given)
    setProblems(checked.problems)
    const firstInvalid = pending.inputs.find((input) => checked.problems[input])
    if (firstInvalid) document.getElementById(`${idBase}-${firstInvalid}`)?.focus()
  }
  /** The attributes tying a field to its help and, when it failed, to its problem. */
  const described = (input: StageMoveInput) => ({
    'aria-invalid': problems[input] ? true : undefined,
    'aria-describedby': [`${idBase}-${input}-help`, problems[input] ? `${idBase}-${input}-problem` : null].filter(Boolean).join(' '),
  })
  const problem = (input: StageMoveInput) =>
    problems[input] ? (
      <p className="campaign-error campaign-field__problem" id={`${idBase}-${input}-problem`} role="alert">
        {problems[input][lang]}
      </p>
    ) : null
  return (
    <dialog ref={dialog} className="pipeline-dialog" aria-labelledby={`${idBase}-title`} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <h3 id={`${idBase}-title`}>{fill(TEXT.dialogTitle[lang], { name: pending.card.kolName, stage: STAGE_LABELS[pending.to][lang] })}</h3>
        {pending.inputs.includes('reason') ? (
          <div className="campaign-field">
            <label htmlFor={`${idBase}-reason`}>{TEXT.note[lang]}</label>
            <textarea
              id={`${idBase}-reason`}
              rows={3}
              value={typed.reason}
              onChange={(event) => setTyped({ ...typed, reason: event.target.value })}
              {...described('reason')}
            />
            <span className="campaign-field__help" id={`${idBase}-reason-help`}>
              {TEXT.noteHelp[lang]}
            </span>
            {problem('reason')}
          </div>
        ) : null}
        {pending.inputs.includes('fee') ? (
          <div className="campaign-field">
            <label htmlFor={`${idBase}-fee`}>{TEXT.feeInput[lang]}</label>
            <input
              id={`${idBase}-fee`}
              inputMode="decimal"
              value={typed.fee}
              onChange={(event) => setTyped({ ...typed, fee: event.target.value })}
              {...described('fee')}
            />
            <span className="campaign-field__help" id={`${idBase}-fee-help`}>
              {TEXT.feeHelp[lang]}
            </span>
            {problem('fee')}
          </div>
        ) : null}
        <div className="pipeline-dialog__actions">
          <Button buttonStyle="primary" margin={false} size="small" type="submit">
            {TEXT.confirm[lang]}
          </Button>
          <Button buttonStyle="secondary" margin={false} size="small" onClick={onCancel}>
            {TEXT.back[lang]}
          </Button>
        </div>
      </form>
    </dialog>
  )
}
