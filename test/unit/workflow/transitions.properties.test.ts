import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ROLES } from '../../../src/auth/roles'
import {
  CONTENT_STATUSES,
  decideTransition,
  type Actor,
  type TransitionRequest,
} from '../../../src/workflow'

const localizedArbitrary = fc.record({ zh: fc.string(), en: fc.string() })
/** Blank strings, full-width spaces and CJK text are the interesting reasons and ids. */
const textArbitrary = fc.option(
  fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', '\u3000', '\n\t'),
    fc.string({ unit: 'grapheme' }),
  ),
)
/** fast-check's dates include Invalid Date by default. */
const dateArbitrary = fc.date()

const actorArbitrary: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant('system' as const),
  fc.record({ roles: fc.array(fc.constantFrom(...ROLES)) }),
)

const requestArbitrary = (actor: fc.Arbitrary<Actor>): fc.Arbitrary<TransitionRequest> =>
  fc.record(
    {
      from: fc.constantFrom(...CONTENT_STATUSES),
      to: fc.constantFrom(...CONTENT_STATUSES),
      actor,
      reason: textArbitrary,
      compliance: fc.option(fc.record({ blockingIssues: fc.array(localizedArbitrary) })),
      overrideCompliance: fc.boolean(),
      scheduledAt: fc.option(dateArbitrary),
      now: dateArbitrary,
      publication: fc.option(
        fc.record({ url: textArbitrary, platformPostId: textArbitrary }, { requiredKeys: [] }),
      ),
    },
    { requiredKeys: ['from', 'to', 'actor', 'now'] },
  )

describe('decideTransition, for any request', () => {
  it('never throws, and refuses only with bilingual reasons', () => {
    fc.assert(
      fc.property(requestArbitrary(actorArbitrary), (request) => {
        const decision = decideTransition(request)
        if (decision.allowed) return
        expect(decision.refusals.length).toBeGreaterThan(0)
        for (const { code, message } of decision.refusals) {
          expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/)
          expect(message.zh).toMatch(/\p{Script=Han}/u)
          expect(message.en).toMatch(/^[A-Z]/)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('never lets an actor without roles move anything', () => {
    fc.assert(
      fc.property(requestArbitrary(fc.constant({ roles: [] })), (request) => {
        expect(decideTransition(request).allowed).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('approves over blocking issues only through an override with a reason, and reports them', () => {
    const blockedApproval = requestArbitrary(actorArbitrary).chain((request) =>
      fc.array(localizedArbitrary, { minLength: 1 }).map((blockingIssues): TransitionRequest => ({
        ...request,
        from: 'in_review',
        to: 'approved',
        compliance: { blockingIssues },
      })),
    )
    fc.assert(
      fc.property(blockedApproval, (request) => {
        const decision = decideTransition(request)
        if (!decision.allowed) return
        expect(request.overrideCompliance).toBe(true)
        expect(request.reason?.trim()).toBeTruthy()
        expect(decision.overriddenIssues).toEqual(request.compliance?.blockingIssues)
      }),
      { numRuns: 2000 },
    )
  })
})
