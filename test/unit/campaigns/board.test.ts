import { describe, expect, it } from 'vitest'

import {
  BOARD_STAGES,
  boardCardOf,
  boardColumns,
  dueDeliverables,
  checkMoveInputs,
  inputsForMove,
  moveRequestBody,
  moveTargets,
  refusalMessages,
  type BoardCard,
  type CollaborationForBoard,
} from '../../../src/campaigns/board'
import { COLLABORATION_STAGES, decideStageMove, STAGE_MOVE_INPUTS } from '../../../src/collaborations/stages'

const card = (changes: Partial<BoardCard>): BoardCard => ({
  id: 1,
  kolName: '小鹿的化妆间',
  platform: 'xiaohongshu',
  stage: 'shortlisted',
  fee: null,
  fitScore: 72.5,
  deliverables: [],
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...changes,
})

describe('the pipeline board', () => {
  it('has a column per stage in pipeline order, cancelled apart, and puts each card in its stage', () => {
    const { columns, cancelled } = boardColumns([
      card({ id: 1, stage: 'contacted', updatedAt: '2026-03-01T00:00:00.000Z' }),
      card({ id: 2, stage: 'contacted', updatedAt: '2026-03-05T00:00:00.000Z' }),
      card({ id: 3, stage: 'settled' }),
      card({ id: 4, stage: 'cancelled' }),
    ])
    expect(columns.map((column) => column.stage)).toEqual(COLLABORATION_STAGES.filter((stage) => stage !== 'cancelled'))
    expect(columns.map((column) => column.stage)).toEqual([...BOARD_STAGES])
    // Most recently moved first.
    expect(columns.find((column) => column.stage === 'contacted')!.cards.map((item) => item.id)).toEqual([2, 1])
    expect(columns.find((column) => column.stage === 'settled')!.cards.map((item) => item.id)).toEqual([3])
    expect(columns.find((column) => column.stage === 'shortlisted')!.cards).toEqual([])
    expect(cancelled.map((item) => item.id)).toEqual([4])
  })

  it('offers the moves the stage rules give the user’s roles', () => {
    expect(moveTargets('shortlisted', ['kol-manager'])).toEqual(['contacted', 'cancelled'])
    expect(moveTargets('draft_submitted', ['kol-manager'])).toEqual(['revision_requested', 'approved', 'cancelled'])
    expect(moveTargets('settled', ['admin'])).toEqual([])
    expect(moveTargets('shortlisted', ['editor'])).toEqual([])
  })

  it('asks for a reason to cancel and for a fee to contract when there is none', () => {
    expect(inputsForMove(card({}), 'cancelled')).toEqual(['reason'])
    expect(inputsForMove(card({ fee: null }), 'contracted')).toEqual(['fee'])
    expect(inputsForMove(card({ fee: 0 }), 'contracted')).toEqual(['fee'])
    expect(inputsForMove(card({ fee: 12_000 }), 'contracted')).toEqual([])
    expect(inputsForMove(card({}), 'contacted')).toEqual([])
  })

  it('checks what the dialog was given with the stage rules’ own test, and explains a problem in their words', () => {
    expect(checkMoveInputs(['reason'], { reason: '  档期冲突 ', fee: '' })).toEqual({ ok: true, given: { reason: '档期冲突' } })
    expect(checkMoveInputs(['fee'], { reason: '', fee: ' 8000 ' })).toEqual({ ok: true, given: { fee: 8_000 } })
    for (const fee of ['', 'abc', '0', '-3', 'Infinity']) {
      expect(checkMoveInputs(['fee'], { reason: '', fee })).toEqual({ ok: false, problems: { fee: STAGE_MOVE_INPUTS.fee.refusal.message } })
    }
    expect(checkMoveInputs(['reason'], { reason: '   ', fee: '' })).toEqual({ ok: false, problems: { reason: STAGE_MOVE_INPUTS.reason.refusal.message } })
    // The board asks exactly for what the server would refuse the move without.
    const refusalsWithout = (to: 'cancelled' | 'contracted') =>
      decideStageMove({
        from: 'negotiating',
        to,
        actor: { roles: ['kol-manager'] },
        fee: null,
        remainingBudget: null,
        deliverables: [],
        snapshotCount: 0,
        rating: null,
        onTime: null,
        reason: null,
      })
    expect(refusalsWithout('cancelled')).toEqual({ allowed: false, refusals: [STAGE_MOVE_INPUTS.reason.refusal] })
    expect(refusalsWithout('contracted')).toEqual({ allowed: false, refusals: [STAGE_MOVE_INPUTS.fee.refusal] })
  })

  it('sends the stage with what was given, trimmed', () => {
    expect(moveRequestBody('contacted')).toEqual({ stage: 'contacted' })
    expect(moveRequestBody('cancelled', { reason: '  档期冲突 ' })).toEqual({ stage: 'cancelled', stageNote: '档期冲突' })
    expect(moveRequestBody('cancelled', { reason: '   ' })).toEqual({ stage: 'cancelled' })
    expect(moveRequestBody('contracted', { fee: 8_000 })).toEqual({ stage: 'contracted', fee: 8_000 })
  })

  it('reads the refusals out of Payload’s error answer, field messages first', () => {
    const validation = {
      errors: [
        {
          name: 'ValidationError',
          message: '以下字段无效：stage',
          data: { collection: 'collaborations', errors: [{ path: 'stage', message: '合作不能从「已联系」改为「已签约」。' }] },
        },
      ],
    }
    expect(refusalMessages(validation, '失败')).toEqual(['合作不能从「已联系」改为「已签约」。'])
    expect(refusalMessages({ errors: [{ message: '你没有权限执行此操作。' }] }, '失败')).toEqual(['你没有权限执行此操作。'])
    expect(refusalMessages({}, '保存失败')).toEqual(['保存失败'])
    expect(refusalMessages(null, '保存失败')).toEqual(['保存失败'])
  })

  it('lists the deliverables still due, soonest first, late from the Beijing day after', () => {
    const now = new Date('2026-03-10T10:00:00+08:00')
    const due = dueDeliverables(
      [
        { format: 'xiaohongshu-video-note', dueDate: '2026-03-20T04:00:00.000Z', publishedUrl: null },
        { format: 'xiaohongshu-image-note', dueDate: '2026-03-09T16:30:00.000Z', publishedUrl: null },
        { format: 'xiaohongshu-image-note', dueDate: '2026-03-01T04:00:00.000Z', publishedUrl: 'https://example.com/post' },
        { format: 'xiaohongshu-image-note', dueDate: '2026-03-09T04:00:00.000Z', publishedUrl: '' },
        { format: 'xiaohongshu-image-note', dueDate: null, publishedUrl: null },
      ],
      now,
    )
    expect(due).toEqual([
      { format: 'xiaohongshu-image-note', dueDay: '2026-03-09', overdue: true },
      // 16:30 UTC on the 9th is the 10th in Beijing: due today, not late.
      { format: 'xiaohongshu-image-note', dueDay: '2026-03-10', overdue: false },
      { format: 'xiaohongshu-video-note', dueDay: '2026-03-20', overdue: false },
    ])
  })

  it('makes a card of a collaboration, populated or as a save answers it', () => {
    const collaboration: CollaborationForBoard = {
      id: 9,
      kol: { id: 10, name: '阿泽健身' } as CollaborationForBoard['kol'],
      platform: 'douyin',
      stage: 'contracted',
      fee: 20_000,
      deliverables: [{ format: 'douyin-video', dueDate: '2026-04-01T00:00:00.000Z' }],
      fitSnapshot: { takenAt: '2026-03-01T00:00:00.000Z', eligible: true, score: 64.2, confidence: 1, breakdown: [] },
      updatedAt: '2026-03-02T00:00:00.000Z',
    }
    expect(boardCardOf(collaboration)).toEqual({
      id: 9,
      kolName: '阿泽健身',
      platform: 'douyin',
      stage: 'contracted',
      fee: 20_000,
      fitScore: 64.2,
      deliverables: [{ format: 'douyin-video', dueDate: '2026-04-01T00:00:00.000Z', publishedUrl: null }],
      updatedAt: '2026-03-02T00:00:00.000Z',
    })
    const saved = boardCardOf({ ...collaboration, kol: 10, fee: undefined, fitSnapshot: { eligible: false, exclusion: { reasons: [] } } }, '阿泽健身')
    expect(saved).toMatchObject({ kolName: '阿泽健身', fee: null, fitScore: null })
  })
})
