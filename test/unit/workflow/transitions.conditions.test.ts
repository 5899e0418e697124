import { describe, expect, it } from 'vitest'

import { decideReschedule, decideTransition, statusAfterContentEdit, type TransitionDecision, type TransitionRequest } from '../../../src/workflow'

const NOW = new Date('2026-03-08T12:00:00+08:00')
const minutesFromNow = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)

const REVIEWER = { roles: ['reviewer'] } as const
const PUBLISHER = { roles: ['publisher'] } as const
const ADMIN = { roles: ['admin'] } as const
const EDITOR = { roles: ['editor'] } as const

const MISSING_DISCLOSURE = {
  zh: '合作推广内容缺少“广告”标识',
  en: 'Paid content has no “广告” (ad) disclosure',
}
const ABSOLUTE_TERM = {
  zh: '标题含“最好”（广告法第九条）',
  en: 'Title says “最好” (Advertising Law Art. 9)',
}

const refusalCodes = (decision: TransitionDecision): readonly string[] => (decision.allowed ? [] : decision.refusals.map((refusal) => refusal.code))

const decide = (request: Omit<TransitionRequest, 'now'>) => decideTransition({ now: NOW, ...request })

describe('rejecting', () => {
  it.each(['', '   ', '\u3000', null, undefined])('needs a reason, refusing %j', (reason) => {
    const decision = decide({ from: 'in_review', to: 'rejected', actor: REVIEWER, reason })
    expect(refusalCodes(decision)).toEqual(['reason-required'])
  })

  it('is allowed with a reason, also when revoking an approval', () => {
    const reason = '达人近期舆情风险，暂停合作'
    expect(decide({ from: 'in_review', to: 'rejected', actor: REVIEWER, reason }).allowed).toBe(true)
    expect(decide({ from: 'approved', to: 'rejected', actor: REVIEWER, reason }).allowed).toBe(true)
    expect(refusalCodes(decide({ from: 'approved', to: 'rejected', actor: REVIEWER }))).toEqual(['reason-required'])
  })

  it('reports a wrong role and a missing reason together', () => {
    const decision = decide({ from: 'in_review', to: 'rejected', actor: EDITOR, reason: ' ' })
    expect(refusalCodes(decision)).toEqual(['role-not-allowed', 'reason-required'])
  })
})

describe('approving against the compliance check', () => {
  const approval = { from: 'in_review', to: 'approved' } as const

  it('is allowed when the check is clean', () => {
    const decision = decide({ ...approval, actor: REVIEWER, compliance: { blockingIssues: [] } })
    expect(decision).toEqual({ allowed: true, overriddenIssues: [] })
  })

  it.each([null, undefined])('is refused when the check has not run (%j)', (compliance) => {
    expect(refusalCodes(decide({ ...approval, actor: REVIEWER, compliance }))).toEqual(['compliance-not-checked'])
  })

  it('is refused while there are blocking issues, such as a missing 广告 disclosure', () => {
    const decision = decide({
      ...approval,
      actor: REVIEWER,
      compliance: { blockingIssues: [MISSING_DISCLOSURE] },
      reason: '已与品牌确认',
    })
    expect(refusalCodes(decision)).toEqual(['compliance-blocked'])
  })

  it.each([REVIEWER, ADMIN])('needs a reason to override, also for an admin', (actor) => {
    for (const reason of [null, '', '\u3000 ']) {
      const decision = decide({
        ...approval,
        actor,
        compliance: { blockingIssues: [ABSOLUTE_TERM] },
        overrideCompliance: true,
        reason,
      })
      expect(refusalCodes(decision)).toEqual(['reason-required'])
    }
  })

  it('allows an override with a reason and lists the overridden issues for the audit log', () => {
    const decision = decide({
      ...approval,
      actor: REVIEWER,
      compliance: { blockingIssues: [ABSOLUTE_TERM, MISSING_DISCLOSURE] },
      overrideCompliance: true,
      reason: '“最好”出现在用户原话引用中，且走蒲公英官方合作，平台已自动标注',
    })
    expect(decision).toEqual({
      allowed: true,
      overriddenIssues: [ABSOLUTE_TERM, MISSING_DISCLOSURE],
    })
  })

  it('does not stop an editor submitting content with issues: the reviewer decides', () => {
    const decision = decide({
      from: 'draft',
      to: 'in_review',
      actor: EDITOR,
      compliance: { blockingIssues: [ABSOLUTE_TERM] },
    })
    expect(decision).toEqual({ allowed: true, overriddenIssues: [] })
  })

  it('reports a wrong role and the compliance block together', () => {
    const decision = decide({
      ...approval,
      actor: EDITOR,
      compliance: { blockingIssues: [ABSOLUTE_TERM] },
    })
    expect(refusalCodes(decision)).toEqual(['role-not-allowed', 'compliance-blocked'])
  })
})

describe('scheduling', () => {
  const scheduling = { from: 'approved', to: 'scheduled', actor: REVIEWER } as const

  it('is allowed for a time in the future', () => {
    expect(decide({ ...scheduling, scheduledAt: minutesFromNow(1) }).allowed).toBe(true)
  })

  it.each([null, undefined, new Date(Number.NaN)])('needs a time, refusing %s', (scheduledAt) => {
    expect(refusalCodes(decide({ ...scheduling, scheduledAt }))).toEqual(['schedule-required'])
  })

  it.each([0, -1, -60 * 24])('refuses a time %i minutes from now', (minutes) => {
    const decision = decide({ ...scheduling, scheduledAt: minutesFromNow(minutes) })
    expect(refusalCodes(decision)).toEqual(['schedule-in-past'])
  })

  it('can be undone by a reviewer', () => {
    expect(decide({ from: 'scheduled', to: 'approved', actor: REVIEWER }).allowed).toBe(true)
  })
})

describe('rescheduling (a scheduled post moved to another time)', () => {
  const reschedule = (actor: Parameters<typeof decideReschedule>[0]['actor'], scheduledAt: Date | null) => decideReschedule({ actor, scheduledAt, now: NOW })

  it('is for those who may schedule, to a time still ahead', () => {
    expect(reschedule(REVIEWER, minutesFromNow(60)).allowed).toBe(true)
    expect(reschedule(ADMIN, minutesFromNow(60)).allowed).toBe(true)
  })

  it('refuses an editor, a publisher and the job, whatever the time', () => {
    for (const actor of [EDITOR, PUBLISHER, 'system'] as const) expect(refusalCodes(reschedule(actor, minutesFromNow(60)))).toEqual(['role-not-allowed'])
  })

  it('refuses a time that has passed or no time, and says both when both are wrong', () => {
    expect(refusalCodes(reschedule(REVIEWER, minutesFromNow(-5)))).toEqual(['schedule-in-past'])
    expect(refusalCodes(reschedule(REVIEWER, null))).toEqual(['schedule-required'])
    expect(refusalCodes(reschedule(EDITOR, minutesFromNow(-5)))).toEqual(['role-not-allowed', 'schedule-in-past'])
  })
})

describe('publishing', () => {
  it.each([null, undefined, {}, { url: ' ', platformPostId: '' }])('needs a publisher to prove the post exists, refusing %j', (publication) => {
    const decision = decide({ from: 'scheduled', to: 'published', actor: PUBLISHER, publication })
    expect(refusalCodes(decision)).toEqual(['publication-proof-required'])
  })

  it.each([{ url: 'https://weibo.com/1234567890/OaBcDeFgH' }, { platformPostId: '7345123456789012345' }])(
    'accepts either a URL or a platform post id: %j',
    (publication) => {
      for (const from of ['scheduled', 'approved'] as const) {
        expect(decide({ from, to: 'published', actor: PUBLISHER, publication }).allowed).toBe(true)
      }
    },
  )

  it('lets a publisher confirm a scheduled post before its time: it is already out', () => {
    const decision = decide({
      from: 'scheduled',
      to: 'published',
      actor: PUBLISHER,
      scheduledAt: minutesFromNow(30),
      publication: { platformPostId: '7345123456789012345' },
    })
    expect(decision.allowed).toBe(true)
  })

  it('holds an admin to the same proof', () => {
    const decision = decide({ from: 'approved', to: 'published', actor: ADMIN })
    expect(refusalCodes(decision)).toEqual(['publication-proof-required'])
  })

  it.each([
    { scheduledAt: minutesFromNow(0), allowed: true },
    { scheduledAt: minutesFromNow(-5), allowed: true },
    { scheduledAt: null, allowed: true },
    { scheduledAt: minutesFromNow(5), allowed: false },
    { scheduledAt: new Date(Number.NaN), allowed: false },
  ])('lets the job publish when due, without proof: $scheduledAt → $allowed', ({ scheduledAt, allowed }) => {
    const decision = decide({ from: 'scheduled', to: 'published', actor: 'system', scheduledAt })
    expect(refusalCodes(decision)).toEqual(allowed ? [] : ['schedule-not-due'])
  })

  it('keeps the job to what a reviewer scheduled', () => {
    expect(refusalCodes(decide({ from: 'approved', to: 'published', actor: 'system' }))).toEqual(['role-not-allowed'])
  })
})

describe('moves that are not transitions', () => {
  it('refuses staying in the same status, whoever asks', () => {
    const decision = decide({ from: 'approved', to: 'approved', actor: ADMIN })
    expect(decision).toEqual({
      allowed: false,
      refusals: [
        {
          code: 'no-such-transition',
          message: { zh: '当前已是「已通过」状态。', en: 'The status is already “Approved”.' },
        },
      ],
    })
  })

  it('names both statuses when a move does not exist', () => {
    const decision = decide({ from: 'published', to: 'draft', actor: ADMIN })
    expect(decision).toEqual({
      allowed: false,
      refusals: [
        {
          code: 'no-such-transition',
          message: {
            zh: '内容不能从「已发布」改为「草稿」。',
            en: 'Content cannot move from “Published” to “Draft”.',
          },
        },
      ],
    })
  })
})

describe('statusAfterContentEdit', () => {
  it.each([
    ['approved', 'draft'],
    ['scheduled', 'draft'],
    ['draft', 'draft'],
    ['in_review', 'in_review'],
    ['rejected', 'rejected'],
    ['published', 'published'],
    ['archived', 'archived'],
  ] as const)('%s content becomes %s when edited', (status, after) => {
    expect(statusAfterContentEdit(status)).toBe(after)
  })
})
