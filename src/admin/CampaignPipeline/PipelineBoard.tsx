'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import { type DragEvent, type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react'

import type { Role } from '../../auth/roles'
import type { Localized } from '../../i18n/localized'
import type { Campaign, Collaboration } from '../../payload-types'

import { boardCardOf, boardColumns, dueDeliverables, inputsForMove, moveRequestBody, moveTargets, type BoardCard, type MoveInput } from '../../campaigns/board'
import { STAGE_LABELS, type CollaborationStage } from '../../collaborations/stages'
import { languageOf } from '../../i18n/localized'
import { FORMAT_RULES } from '../../platforms/rules'
import { yuan } from '../../scoring/format'
import { sendRest, useApiUrls } from '../CampaignShared/api'
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
  required: { zh: '请填写此项。', en: 'Please fill this in.' },
  badFee: { zh: '费用须为大于 0 的金额。', en: 'The fee must be an amount above 0.' },
} satisfies Record<string, Localized>

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))

type Props = {
  campaign: { id: number | string; budget: Campaign['budget'] | null }
  cards: BoardCard[]
  roles: Role[]
  /** When the page was rendered: due dates are judged against it, the same on server and client. */
  now: string
}

type CardState = { saving?: boolean; refusal?: { stage: CollaborationStage; messages: string[] } }
type PendingMove = { card: BoardCard; to: CollaborationStage; inputs: MoveInput[] }

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
  const { columns, cancelled } = useMemo(() => boardColumns(cards), [cards])
  const allowed = dragging ? moveTargets(dragging.stage, roles) : []
  const collaborationHref = (id: number | string) => formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/collaborations/${id}` })

  const setCardState = (id: number | string, state: CardState) => setStates((current) => ({ ...current, [String(id)]: state }))

  const send = async (card: BoardCard, to: CollaborationStage, given: { note?: string; fee?: number } = {}) => {
    setCardState(card.id, { saving: true })
    const result = await sendRest<Collaboration>(`${api}/collaborations/${card.id}?depth=0`, 'PATCH', moveRequestBody(to, given), TEXT.failed[lang])
    if (!result.ok) {
      setCardState(card.id, { refusal: { stage: to, messages: result.messages } })
      return
    }
    const moved = boardCardOf(result.data, card.kolName)
    setCards((current) => current.map((candidate) => (candidate.id === card.id ? moved : candidate)))
    setCardState(card.id, {})
    setAnnouncement(fill(TEXT.moved[lang], { name: card.kolName, stage: STAGE_LABELS[moved.stage][lang] }))
    // Contracts and cancellations change what the campaign has committed.
    const answer = await fetch(`${api}/campaigns/${campaign.id}?depth=0&select[budget]=true`, { credentials: 'include' }).catch(() => null)
    const fresh = answer?.ok ? ((await answer.json()) as Campaign) : null
    if (fresh?.budget) setBudget(fresh.budget)
  }

  /** A move the user asked for: moves that need input ask for it first; the server decides the rest. */
  const requestMove = (card: BoardCard, to: CollaborationStage) => {
    if (card.stage === to) return
    const inputs = moveTargets(card.stage, roles).includes(to) ? inputsForMove(card, to) : []
    if (inputs.length > 0) setPending({ card, to, inputs })
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
    <div className="campaign-view campaign-pipeline">
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
      <p className="campaign-sr-only" aria-live="polite">
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
        <details>
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
          onCancel={() => setPending(null)}
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
              if (!target) return
              onMove(target)
              setTarget('')
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
  onConfirm: (given: { note?: string; fee?: number }) => void
}

/** Asks for what a move needs (a reason to cancel, a fee to contract) before it is sent. */
const MoveDialog = ({ pending, lang, onCancel, onConfirm }: DialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const idBase = useId()
  const [note, setNote] = useState('')
  const [fee, setFee] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (pending.inputs.includes('note') && !note.trim()) return setProblem(TEXT.required[lang])
    const amount = Number(fee)
    if (pending.inputs.includes('fee') && !(fee.trim() && Number.isFinite(amount) && amount > 0)) return setProblem(TEXT.badFee[lang])
    onConfirm({ ...(pending.inputs.includes('note') ? { note } : {}), ...(pending.inputs.includes('fee') ? { fee: amount } : {}) })
  }
  return (
    <dialog ref={dialog} className="pipeline-dialog" aria-labelledby={`${idBase}-title`} onCancel={onCancel}>
      <form onSubmit={submit}>
        <h3 id={`${idBase}-title`}>{fill(TEXT.dialogTitle[lang], { name: pending.card.kolName, stage: STAGE_LABELS[pending.to][lang] })}</h3>
        {pending.inputs.includes('note') ? (
          <div className="campaign-field">
            <label htmlFor={`${idBase}-note`}>{TEXT.note[lang]}</label>
            <textarea id={`${idBase}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} aria-describedby={`${idBase}-note-help`} />
            <span className="campaign-field__help" id={`${idBase}-note-help`}>
              {TEXT.noteHelp[lang]}
            </span>
          </div>
        ) : null}
        {pending.inputs.includes('fee') ? (
          <div className="campaign-field">
            <label htmlFor={`${idBase}-fee`}>{TEXT.feeInput[lang]}</label>
            <input
              id={`${idBase}-fee`}
              inputMode="decimal"
              value={fee}
              onChange={(event) => setFee(event.target.value)}
              aria-describedby={`${idBase}-fee-help`}
            />
            <span className="campaign-field__help" id={`${idBase}-fee-help`}>
              {TEXT.feeHelp[lang]}
            </span>
          </div>
        ) : null}
        {problem ? (
          <p className="campaign-error" role="alert">
            {problem}
          </p>
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
