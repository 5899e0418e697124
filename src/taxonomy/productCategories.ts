import type { ProductCategory } from '../compliance'
import type { Vocabulary } from './options'

/**
 * Product categories as compliance sees them: cosmetics, food and mother-and-baby products must
 * not claim medical effects (SPEC §3), so the category decides which extra checks run.
 */
export const PRODUCT_CATEGORIES = [
  { value: 'cosmetics', label: { zh: '化妆品', en: 'Cosmetics' } },
  { value: 'food', label: { zh: '食品', en: 'Food' } },
  { value: 'mother-baby', label: { zh: '母婴用品', en: 'Mother & baby' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const satisfies Vocabulary<ProductCategory>
