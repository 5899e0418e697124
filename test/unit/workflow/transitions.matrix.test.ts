import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../../../src/auth/roles'
import {
  allowedTargets,
  CONTENT_STATUSES,
  decideTransition,
  type Actor,
  type ContentStatus,
  type TransitionRequest,
} from '../../../src/workflow'

type ActorName = Role | 'system'

/**
 * The workflow as the spec and the team agreed it, written out by hand: for each actor and each
 * status, where that actor may move a variant. Everything not listed is refused.
 */
const EXPECTED_MOVES: Record<
  ActorName,
  Partial<Record<ContentStatus, readonly ContentStatus[]>>
> = {
  editor: {
    draft: ['in_review', 'archived'],
    in_review: ['draft'],
    rejected: ['draft', 'in_review', 'archived'],
  },
  reviewer: {
    in_review: ['approved', 'rejected'],
    approved: ['scheduled', 'rejected', 'archived'],
    scheduled: ['approved'],
    published: ['archived'],
  },
  publisher: {
    approved: ['published'],
    scheduled: ['published'],
  },
  system: {
    scheduled: ['published'],
  },
  'kol-manager': {},
  admin: {
    draft: ['in_review', 'archived'],
    in_review: ['draft', 'approved', 'rejected'],
    approved: ['scheduled', 'published', 'rejected', 'archived'],
    scheduled: ['approved', 'published'],
    published: ['archived'],
    rejected: ['draft', 'in_review', 'archived'],
    archived: ['draft'],
  },
}

const ACTOR_NAMES: readonly ActorName[] = [...ROLES, 'system']
const actorNamed = (name: ActorName): Actor => (name === 'system' ? 'system' : { roles: [name] })
const expectedMove = (name: ActorName, from: ContentStatus, to: ContentStatus): boolean =>
  EXPECTED_MOVES[name][from]?.includes(to) ?? false

const NOW = new Date('2026-03-08T12:00:00+08:00')
const AN_HOUR = 60 * 60 * 1000

/**
 * A request that meets every condition, so that only the table decides: a reason, a clean
 * compliance check, proof of publication, and a time that is in the future when scheduling and due
 * when the job publishes (one time cannot be both).
 */
const cleanRequest = (from: ContentStatus, to: ContentStatus, actor: Actor): TransitionRequest => ({
  from,
  to,
  actor,
  reason: '卖点“最好用”改为“好用”后再提交',
  compliance: { blockingIssues: [] },
  scheduledAt: new Date(NOW.getTime() + (to === 'scheduled' ? AN_HOUR : -AN_HOUR)),
  now: NOW,
  publication: { url: 'https://www.xiaohongshu.com/explore/65f0c0de', platformPostId: '65f0c0de' },
})

const matrix = ACTOR_NAMES.flatMap((actor) =>
  CONTENT_STATUSES.flatMap((from) => CONTENT_STATUSES.map((to) => ({ actor, from, to }))),
)

describe('the transition matrix', () => {
  it.each(matrix)('$actor: $from → $to', ({ actor, from, to }) => {
    const decision = decideTransition(cleanRequest(from, to, actorNamed(actor)))
    if (expectedMove(actor, from, to)) {
      expect(decision).toEqual({ allowed: true, overriddenIssues: [] })
      return
    }
    const anyoneMay = ACTOR_NAMES.some((name) => expectedMove(name, from, to))
    expect(decision.allowed).toBe(false)
    expect(!decision.allowed && decision.refusals.map((refusal) => refusal.code)).toEqual([
      anyoneMay ? 'role-not-allowed' : 'no-such-transition',
    ])
  })

  it.each(ACTOR_NAMES.flatMap((actor) => CONTENT_STATUSES.map((from) => ({ actor, from }))))(
    'offers $actor in $from exactly the listed moves',
    ({ actor, from }) => {
      expect(new Set(allowedTargets(from, actorNamed(actor)))).toEqual(
        new Set(EXPECTED_MOVES[actor][from] ?? []),
      )
    },
  )

  it('lets a user with several roles do what any of them may', () => {
    const editorReviewer: Actor = { roles: ['editor', 'reviewer'] }
    expect(allowedTargets('in_review', editorReviewer)).toEqual(['draft', 'approved', 'rejected'])
    expect(allowedTargets('in_review', { roles: ['kol-manager', 'editor'] })).toEqual(['draft'])
  })
})

const actorArbitrary: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant('system' as const),
  fc.record({ roles: fc.uniqueArray(fc.constantFrom(...ROLES)) }),
)
const statusArbitrary = fc.constantFrom(...CONTENT_STATUSES)

describe('allowedTargets', () => {
  it('offers exactly the moves that a request meeting every condition is allowed to make', () => {
    fc.assert(
      fc.property(statusArbitrary, statusArbitrary, actorArbitrary, (from, to, actor) => {
        expect(allowedTargets(from, actor).includes(to)).toBe(
          decideTransition(cleanRequest(from, to, actor)).allowed,
        )
      }),
    )
  })
})
