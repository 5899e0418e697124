import type { Localized } from '../i18n/localized'
import type { KolTier } from '../metrics'
import type { RankingFilters } from '../ranking/rankingFilters'
import type { Vertical } from '../taxonomy/audience'
import type { KolPlatform } from '../taxonomy/kols'
import type { CollaborationStage } from '../collaborations/stages'
import { KOL_TIERS } from '../metrics'
import { VERTICALS } from '../taxonomy/audience'
import { KOL_PLATFORMS } from '../taxonomy/kols'

/** How many ranked accounts a page of the campaign's ranking shows. */
export const RANKING_PAGE_SIZES = [10, 20, 50] as const

/** The KOL manager's choices on the ranking tab, as the form holds them. */
export type RankingForm = {
  /** '' = every platform of the campaign. */
  platform: KolPlatform | ''
  tiers: KolTier[]
  /** '' = any vertical. */
  vertical: Vertical | ''
  /** Yuan, as typed; '' = no limit. */
  maxRate: string
  /** 1-based. */
  page: number
  pageSize: number
}

export const DEFAULT_RANKING_FORM: RankingForm = { platform: '', tiers: [], vertical: '', maxRate: '', page: 1, pageSize: RANKING_PAGE_SIZES[0] }

/** The variables of the kolFitRanking query (src/ranking/graphql.ts). */
export type RankingVariables = {
  campaign: string
  platform: KolPlatform | null
  limit: number
  offset: number
  filters: RankingFilters | null
}

/** What is wrong with the form: the field to mark invalid and why. */
export type FormProblem = { field: keyof RankingForm; message: Localized }

const isOneOf = <T extends string>(vocabulary: readonly { value: T }[], value: string): value is T => vocabulary.some((option) => option.value === value)

/**
 * The query variables for a form, or what is wrong with it: the platform, tier and vertical
 * filters go to the ranking's own filters (applied before scoring), the budget to `maxRate`.
 */
export function rankingVariables(campaign: string, form: RankingForm): { ok: true; variables: RankingVariables } | { ok: false; problem: FormProblem } {
  const problem = (field: keyof RankingForm, message: Localized) => ({ ok: false as const, problem: { field, message } })
  if (form.platform && !isOneOf(KOL_PLATFORMS, form.platform)) return problem('platform', { zh: '未知平台。', en: 'Unknown platform.' })
  if (form.vertical && !isOneOf(VERTICALS, form.vertical)) return problem('vertical', { zh: '未知垂类。', en: 'Unknown vertical.' })
  if (form.tiers.some((tier) => !isOneOf(KOL_TIERS, tier))) return problem('tiers', { zh: '未知达人层级。', en: 'Unknown tier.' })
  const typed = form.maxRate.trim()
  const maxRate = typed === '' ? null : Number(typed)
  if (maxRate !== null && !(Number.isFinite(maxRate) && maxRate > 0)) {
    return problem('maxRate', { zh: '单价上限须为大于 0 的金额（元）。', en: 'The rate limit must be an amount above 0 (yuan).' })
  }
  const pageSize = RANKING_PAGE_SIZES.find((size) => size === form.pageSize) ?? RANKING_PAGE_SIZES[0]
  const page = Number.isInteger(form.page) && form.page >= 1 ? form.page : 1
  const filters: RankingFilters = {
    ...(form.tiers.length > 0 ? { tiers: form.tiers } : {}),
    ...(form.vertical ? { verticals: [form.vertical] } : {}),
    ...(maxRate !== null ? { maxRate } : {}),
  }
  return {
    ok: true,
    variables: {
      campaign,
      platform: form.platform || null,
      limit: pageSize,
      offset: (page - 1) * pageSize,
      filters: Object.keys(filters).length > 0 ? filters : null,
    },
  }
}

/** How many left-out accounts the ranking's "not ranked" list shows at a time. */
export const EXCLUSIONS_PAGE_SIZE = 50

/** The variables of KOL_FIT_EXCLUSIONS_QUERY: the accounts the same ranking leaves out, from `offset`. */
export const exclusionVariables = ({ campaign, platform, filters }: RankingVariables, offset: number) => ({
  campaign,
  platform,
  filters,
  limit: EXCLUSIONS_PAGE_SIZE,
  offset,
})

/** Pages of a ranking of `total` accounts; at least one, so an empty ranking still reads "1 / 1". */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize))

/** What the ranking needs of the campaign's collaborations to mark KOLs already in the pipeline. */
export type PipelineEntry = { kolId: number | string; platform: string; stage: CollaborationStage }

const keyOf = (kolId: number | string, platform: string) => `${kolId}:${platform}`

/**
 * The campaign's open collaboration per KOL and platform. A cancelled one does not count: the
 * collection lets the same KOL be shortlisted again on that platform.
 */
export function pipelineIndex(entries: readonly PipelineEntry[]): Map<string, PipelineEntry> {
  const index = new Map<string, PipelineEntry>()
  for (const entry of entries) if (entry.stage !== 'cancelled') index.set(keyOf(entry.kolId, entry.platform), entry)
  return index
}

export const inPipeline = (index: ReadonlyMap<string, PipelineEntry>, kolId: number | string, platform: string): PipelineEntry | undefined =>
  index.get(keyOf(kolId, platform))
