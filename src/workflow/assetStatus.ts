import type { ContentStatus } from './statuses'

/**
 * Least advanced first. `rejected` ranks below `draft` because it is the status that most needs
 * someone's attention: a rejected variant holds the whole asset back until the editor reworks it.
 */
const PROGRESS: readonly Exclude<ContentStatus, 'archived'>[] = [
  'rejected',
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'published',
]

/**
 * The status shown for a whole asset: its least advanced live variant, so that "已发布" on an asset
 * means every platform it still targets is out, and nothing waiting for work is hidden behind a
 * variant that is further along. Archived variants are dropped platforms and do not count; an asset
 * whose variants are all archived is archived. An asset with no variants yet is still being
 * drafted.
 */
export function summarizeAssetStatus(variantStatuses: readonly ContentStatus[]): ContentStatus {
  const live = variantStatuses.filter((status) => status !== 'archived')
  if (live.length === 0) return variantStatuses.length === 0 ? 'draft' : 'archived'
  return live.reduce((least, status) =>
    PROGRESS.indexOf(status) < PROGRESS.indexOf(least) ? status : least,
  )
}
