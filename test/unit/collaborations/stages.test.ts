import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Role } from '../../../src/auth/roles'

import {
  allowedStageTargets,
  COLLABORATION_STAGES,
  decideStageMove,
  missingMoveInputs,
  STAGE_MOVE_INPUTS,
  STAGE_TRANSITIONS,
  type CollaborationStage,
  type StageMoveRequest,
} from '../../../src/collaborations/stages'

const manager = { roles: ['kol-manager'] as Role[] }
const ready: Omit<StageMoveRequest, 'from' | 'to' | 'actor'> = {
  fee: 8_000,
  remainingBudget: 50_000,
  deliverables: [{ publishedUrl: 'https://www.xiaohongshu.com/explore/1' }],
  snapshotCount: 1,
  rating: 4,
  onTime: true,
  reason: '档期冲突',
}
const move = (from: CollaborationStage, to: CollaborationStage, roles: Role[], changes: Partial<StageMoveRequest> = {}) =>
  decideStageMove({ ...ready, from, to, actor: { roles }, ...changes })
const codes = (decision: ReturnType<typeof decideStageMove>) => (decision.allowed ? [] : decision.refusals.map((refusal) => refusal.code))

describe('collaboration stages', () => {
  it('lets a KOL manager walk a collaboration from shortlist to settlement, one stage at a time', () => {
    const path: CollaborationStage[] = [
      'shortlisted',
      'contacted',
      'negotiating',
      'contracted',
      'briefed',
      'draft_submitted',
      'revision_requested',
      'draft_submitted',
      'approved',
      'published',
      'data_collected',
      'settled',
    ]
    for (let index = 1; index < path.length; index++) {
      expect(move(path[index - 1]!, path[index]!, ['kol-manager']), `${path[index - 1]} → ${path[index]}`).toEqual({ allowed: true })
    }
  })

  it('refuses skipping stages, and moving backwards except for a revision', () => {
    expect(codes(move('shortlisted', 'contracted', ['admin']))).toEqual(['no-such-transition'])
    expect(codes(move('settled', 'published', ['admin']))).toEqual(['no-such-transition'])
    expect(codes(move('published', 'cancelled', ['admin']))).toEqual(['no-such-transition'])
  })

  it.each([
    { role: 'editor', from: 'shortlisted', to: 'contacted', allowed: false },
    { role: 'reviewer', from: 'negotiating', to: 'contracted', allowed: false },
    { role: 'reviewer', from: 'draft_submitted', to: 'approved', allowed: true },
    { role: 'reviewer', from: 'draft_submitted', to: 'revision_requested', allowed: true },
    { role: 'publisher', from: 'approved', to: 'published', allowed: true },
    { role: 'publisher', from: 'data_collected', to: 'settled', allowed: false },
    { role: 'kol-manager', from: 'data_collected', to: 'settled', allowed: true },
  ] as const)('$role: $from → $to allowed=$allowed', ({ role, from, to, allowed }) => {
    const decision = move(from, to, [role])
    expect(decision.allowed).toBe(allowed)
    if (!allowed) expect(codes(decision)).toEqual(['role-not-allowed'])
  })

  it('refuses a contract over the remaining budget, naming both amounts, and one without a fee', () => {
    const decision = move('negotiating', 'contracted', ['kol-manager'], { fee: 60_000, remainingBudget: 50_000 })
    expect(codes(decision)).toEqual(['over-budget'])
    if (!decision.allowed) expect(decision.refusals[0]!.message.zh).toContain('¥60,000')
    expect(codes(move('negotiating', 'contracted', ['kol-manager'], { fee: null }))).toEqual(['fee-required'])
    expect(move('negotiating', 'contracted', ['kol-manager'], { fee: 60_000, remainingBudget: null }).allowed).toBe(true)
  })

  it('asks for deliverables to brief, a post URL to publish, a snapshot for data, and a rating to settle', () => {
    expect(codes(move('contracted', 'briefed', ['kol-manager'], { deliverables: [] }))).toEqual(['deliverables-required'])
    expect(codes(move('approved', 'published', ['kol-manager'], { deliverables: [{ publishedUrl: ' ' }] }))).toEqual(['publication-proof-required'])
    expect(codes(move('published', 'data_collected', ['kol-manager'], { snapshotCount: 0 }))).toEqual(['metrics-required'])
    expect(codes(move('data_collected', 'settled', ['kol-manager'], { rating: 6 }))).toEqual(['rating-required'])
    expect(codes(move('data_collected', 'settled', ['kol-manager'], { onTime: null }))).toEqual(['rating-required'])
  })

  it('cancels only before publication, and only with a reason; a wrong role and a missing reason are both reported', () => {
    expect(move('briefed', 'cancelled', ['kol-manager']).allowed).toBe(true)
    expect(codes(move('briefed', 'cancelled', ['editor'], { reason: '' }))).toEqual(['role-not-allowed', 'reason-required'])
  })

  it('says in one place what a move must be given, and refuses exactly those moves without it', () => {
    expect(missingMoveInputs('cancelled', {})).toEqual(['reason'])
    expect(missingMoveInputs('cancelled', { reason: ' 档期冲突 ' })).toEqual([])
    expect(missingMoveInputs('contracted', { fee: 0 })).toEqual(['fee'])
    expect(missingMoveInputs('contracted', { fee: 8_000 })).toEqual([])
    expect(missingMoveInputs('briefed', {})).toEqual([])
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGE_TRANSITIONS),
        fc.constantFrom(null, '', ' ', '档期冲突'),
        fc.constantFrom(null, 0, -1, 8_000),
        ({ from, to }, reason, fee) => {
          const decision = move(from, to, ['kol-manager'], { reason, fee, remainingBudget: null })
          const refused = decision.allowed ? [] : decision.refusals
          for (const input of missingMoveInputs(to, { reason, fee })) expect(refused).toContainEqual(STAGE_MOVE_INPUTS[input].refusal)
          const inputCodes = Object.values(STAGE_MOVE_INPUTS).map((rule) => rule.refusal.code)
          expect(refused.filter((refusal) => inputCodes.includes(refusal.code)).length).toBe(missingMoveInputs(to, { reason, fee }).length)
        },
      ),
    )
  })

  it('offers each role exactly the moves it may make', () => {
    expect(allowedStageTargets('draft_submitted', { roles: ['reviewer'] })).toEqual(['revision_requested', 'approved'])
    expect(allowedStageTargets('draft_submitted', manager)).toEqual(['revision_requested', 'approved', 'cancelled'])
    expect(allowedStageTargets('settled', { roles: ['admin'] })).toEqual([])
    expect(allowedStageTargets('shortlisted', { roles: ['editor'] })).toEqual([])
  })

  it('allows a move only if it is offered, for any stages and roles', () => {
    const roles = fc.subarray(['admin', 'editor', 'reviewer', 'kol-manager', 'publisher'] as Role[])
    const stage = fc.constantFrom(...COLLABORATION_STAGES)
    fc.assert(
      fc.property(stage, stage, roles, (from, to, actorRoles) => {
        const offered = allowedStageTargets(from, { roles: actorRoles }).includes(to)
        expect(move(from, to, actorRoles).allowed).toBe(offered)
      }),
    )
  })
})
