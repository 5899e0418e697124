import { describe, expect, it } from 'vitest'

import { issueReportRecord } from '../../../src/kolImport/issues'

describe('the findings report', () => {
  it('guards the file’s own header text against formulas when it is written back into a spreadsheet', () => {
    const record = issueReportRecord({
      row: 1,
      column: '=HYPERLINK("http://evil.example","点我")',
      reason: { zh: '无法识别的列「=HYPERLINK」', en: 'unknown column' },
      severity: 'warning',
    })
    expect(record).toEqual(['1', `'=HYPERLINK("http://evil.example","点我")`, '提示', '无法识别的列「=HYPERLINK」', 'unknown column'])
  })
})
