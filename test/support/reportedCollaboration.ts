import type { ReportedCollaboration } from '../../src/collaborations/report'

/** A settled Xiaohongshu collaboration with round figures, changed where a test needs it. */
export const reportedCollaboration = (changes: Partial<ReportedCollaboration>): ReportedCollaboration => ({
  kolId: '1',
  kolName: '小鹿',
  platform: 'xiaohongshu',
  stage: 'settled',
  fee: 10_000,
  views: 100_000,
  engagements: 5_000,
  orders: 50,
  gmv: 30_000,
  ...changes,
})
