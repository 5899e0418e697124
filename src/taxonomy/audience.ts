import type { Vocabulary } from './options'

/** Content verticals shared by products, personas, KOLs and campaigns (SPEC §5). */
export const VERTICALS = [
  { value: 'beauty', label: { zh: '美妆', en: 'Beauty' } },
  { value: 'skincare', label: { zh: '护肤', en: 'Skincare' } },
  { value: 'mother-baby', label: { zh: '母婴', en: 'Mother & baby' } },
  { value: 'food', label: { zh: '食品', en: 'Food' } },
  { value: 'fitness', label: { zh: '健身', en: 'Fitness' } },
  { value: 'home', label: { zh: '家居', en: 'Home' } },
  { value: 'fashion', label: { zh: '时尚', en: 'Fashion' } },
  { value: 'digital', label: { zh: '数码', en: 'Digital' } },
] as const satisfies Vocabulary<string>

export type Vertical = (typeof VERTICALS)[number]['value']

export const GENDER_TARGETS = [
  { value: 'female', label: { zh: '女性', en: 'Women' } },
  { value: 'male', label: { zh: '男性', en: 'Men' } },
  { value: 'any', label: { zh: '不限', en: 'Any' } },
] as const satisfies Vocabulary<string>

/** The age bands platforms report audiences in (SPEC §5). */
export const AGE_BANDS = [
  { value: 'under-18', label: { zh: '18岁以下', en: 'Under 18' } },
  { value: '18-24', label: { zh: '18–24岁', en: '18–24' } },
  { value: '25-34', label: { zh: '25–34岁', en: '25–34' } },
  { value: '35-44', label: { zh: '35–44岁', en: '35–44' } },
  { value: '45-plus', label: { zh: '45岁及以上', en: '45+' } },
] as const satisfies Vocabulary<string>

export type AgeBand = (typeof AGE_BANDS)[number]['value']

export const CITY_TIERS = [
  { value: 'tier-1', label: { zh: '一线', en: 'Tier 1' } },
  { value: 'new-tier-1', label: { zh: '新一线', en: 'New tier 1' } },
  { value: 'tier-2', label: { zh: '二线', en: 'Tier 2' } },
  { value: 'tier-3-below', label: { zh: '三线及以下', en: 'Tier 3 and below' } },
] as const satisfies Vocabulary<string>

export type CityTier = (typeof CITY_TIERS)[number]['value']
