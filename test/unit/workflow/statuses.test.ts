import { describe, expect, it } from 'vitest'

import { CONTENT_STATUSES, STATUS_LABELS } from '../../../src/workflow'

describe('content statuses', () => {
  it('are the seven statuses of the workflow, labelled as the spec names them', () => {
    expect(
      Object.fromEntries(CONTENT_STATUSES.map((status) => [status, STATUS_LABELS[status]])),
    ).toEqual({
      draft: { zh: '草稿', en: 'Draft' },
      in_review: { zh: '待审核', en: 'In review' },
      approved: { zh: '已通过', en: 'Approved' },
      scheduled: { zh: '已排期', en: 'Scheduled' },
      published: { zh: '已发布', en: 'Published' },
      rejected: { zh: '已驳回', en: 'Rejected' },
      archived: { zh: '已归档', en: 'Archived' },
    })
  })
})
