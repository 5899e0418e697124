import type { Localized } from '../i18n/localized'
import type { EngagementFormula } from '../metrics'
import type { ComponentScore, ScoreComponent } from '../scoring/types'
import type { Vocabulary } from '../taxonomy/options'

import { KOL_TIERS } from '../metrics'
import { percent, yuan } from '../scoring/format'
import { GENDER_TARGETS, VERTICALS } from '../taxonomy/audience'
import { CONTENT_STYLES, KOL_PLATFORMS } from '../taxonomy/kols'

/** An input of a breakdown as the kolFitRanking query answers it: every value as a string. */
export type FitInput = { name: string; value: string | null }

/** A component's inputs as the scoring core gives them (and a fit snapshot stores them), as the query answers them. */
export const fitInputsOf = (inputs: ComponentScore['inputs']): FitInput[] =>
  Object.entries(inputs).map(([name, value]) => ({ name, value: value === null ? null : String(value) }))

type Kind = 'share' | 'yuan' | 'count' | 'plain' | 'boolean' | 'vocabulary' | 'terms'

type InputSpec = { label: Localized; kind: Kind; labels?: Readonly<Record<string, Localized>> }

/** The labels of a vocabulary, by value. */
const labelsOf = <Value extends string>(vocabulary: Vocabulary<Value>) =>
  Object.fromEntries(vocabulary.map((option) => [option.value, option.label])) as Record<Value, Localized>

/** Where src/scoring/breakdown.ts says an estimate came from. */
const ESTIMATE_SOURCES: Record<'platform-median' | 'default', Localized> = {
  'platform-median': { zh: '同平台中位数', en: 'platform median' },
  default: { zh: '默认值', en: 'default' },
}
const ENGAGEMENT_FORMULA_LABELS: Record<EngagementFormula, Localized> = {
  'engagements/views': { zh: '互动 ÷ 播放', en: 'engagements ÷ views' },
  'engagements/followers': { zh: '互动 ÷ 粉丝', en: 'engagements ÷ followers' },
}

/**
 * How the admin names and shows each input of each component (src/scoring/breakdown.ts decides
 * which there are). The same name can mean different things in two components (`rate`).
 */
const INPUTS: Record<ScoreComponent, Record<string, InputSpec>> = {
  audience: {
    gender: { label: { zh: '目标性别', en: 'Target gender' }, kind: 'vocabulary', labels: labelsOf(GENDER_TARGETS) },
    shareOfGender: { label: { zh: '目标性别占比', en: 'Share of the gender' }, kind: 'share' },
    shareInAgeRange: { label: { zh: '目标年龄占比', en: 'Share in the age range' }, kind: 'share' },
    shareInCityTiers: { label: { zh: '目标城市占比', en: 'Share in the city tiers' }, kind: 'share' },
  },
  relevance: {
    matched: { label: { zh: '匹配的垂类/风格', en: 'Matched verticals/styles' }, kind: 'terms' },
    matchedCount: { label: { zh: '匹配数', en: 'Matches' }, kind: 'count' },
    campaignTerms: { label: { zh: '活动要求数', en: 'Campaign terms' }, kind: 'count' },
  },
  engagement: {
    rate: { label: { zh: '互动率', en: 'Engagement rate' }, kind: 'share' },
    formula: { label: { zh: '计算方式', en: 'Formula' }, kind: 'vocabulary', labels: ENGAGEMENT_FORMULA_LABELS },
    peerPlatform: { label: { zh: '对比平台', en: 'Peer platform' }, kind: 'vocabulary', labels: labelsOf(KOL_PLATFORMS) },
    peerTier: { label: { zh: '对比层级', en: 'Peer tier' }, kind: 'vocabulary', labels: labelsOf(KOL_TIERS) },
    peerGroupSize: { label: { zh: '可比账号数', en: 'Peer accounts' }, kind: 'count' },
    benchmark: { label: { zh: '基准互动率', en: 'Benchmark rate' }, kind: 'share' },
  },
  authenticity: {
    fakeFollowerRatio: { label: { zh: '水粉率', en: 'Fake-follower ratio' }, kind: 'share' },
  },
  cost: {
    rate: { label: { zh: '最低报价', en: 'Lowest rate' }, kind: 'yuan' },
    engagements: { label: { zh: '篇均互动', en: 'Engagements per post' }, kind: 'count' },
    weightedCpe: { label: { zh: '加权 CPE', en: 'Weighted CPE' }, kind: 'boolean' },
    expectedCpe: { label: { zh: '预计 CPE', en: 'Expected CPE' }, kind: 'yuan' },
    targetCpe: { label: { zh: '目标 CPE', en: 'Target CPE' }, kind: 'yuan' },
  },
  reputation: {
    settled: { label: { zh: '已结算合作', en: 'Settled collaborations' }, kind: 'count' },
    averageRating: { label: { zh: '平均评分', en: 'Average rating' }, kind: 'plain' },
    onTimeShare: { label: { zh: '按时交付率', en: 'On-time share' }, kind: 'share' },
  },
}

const ESTIMATED_FROM: InputSpec = { label: { zh: '估算依据', en: 'Estimated from' }, kind: 'vocabulary', labels: ESTIMATE_SOURCES }
const TERMS = [...VERTICALS, ...CONTENT_STYLES]
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

const NO_DATA: Localized = { zh: '无数据', en: 'no data' }
const NONE: Localized = { zh: '无', en: 'none' }

function show(spec: InputSpec, value: string, lang: keyof Localized): string {
  const number = Number(value)
  switch (spec.kind) {
    case 'share':
      return Number.isFinite(number) ? percent(number) : value
    case 'yuan':
      return Number.isFinite(number) ? yuan(number) : value
    case 'count':
      return Number.isFinite(number) ? count.format(number) : value
    case 'boolean':
      return value === 'true' ? { zh: '是', en: 'yes' }[lang] : { zh: '否', en: 'no' }[lang]
    case 'vocabulary':
      return spec.labels?.[value]?.[lang] ?? value
    case 'terms':
      return value
        .split(',')
        .map((term) => term.trim())
        .filter(Boolean)
        .map((term) => TERMS.find((option) => option.value === term)?.label[lang] ?? term)
        .join(lang === 'zh' ? '、' : ', ')
    default:
      return value
  }
}

/** One input of a component, named and formatted for the admin: { label: '水粉率', value: '12%' }. */
export function describeFitInput(component: ScoreComponent, input: FitInput, lang: keyof Localized): { label: string; value: string } {
  const spec = input.name === 'estimatedFrom' ? ESTIMATED_FROM : INPUTS[component][input.name]
  if (!spec) return { label: input.name, value: input.value ?? NO_DATA[lang] }
  if (input.value === null) return { label: spec.label[lang], value: NO_DATA[lang] }
  // An empty list of matches is a finding (nothing in common), not missing data.
  if (input.value === '') return { label: spec.label[lang], value: (spec.kind === 'terms' ? NONE : NO_DATA)[lang] }
  return { label: spec.label[lang], value: show(spec, input.value, lang) }
}
