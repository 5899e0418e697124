import type { Brand, Persona, Product } from '../src/payload-types'

type New<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt'>

/** Two demo brands: a skincare brand and a mother-and-baby brand, each with its products. */
export const DEMO_BRANDS: New<Brand>[] = [
  {
    name: '花漾研究所',
    nameEn: 'Huayang Lab',
    category: 'cosmetics',
    // A product line whose name contains 极致; the compliance scan must not flag the name.
    protectedNames: ['极致修护'],
  },
  // Rewards UGC with coupons from its pool (seed/ugc.ts); 花漾研究所 keeps the default, points.
  { name: '小禾萌宝', nameEn: 'Xiaohe Baby', category: 'mother-baby', protectedNames: [], ugcReward: { kind: 'coupon' } },
]

export const DEMO_PRODUCTS: (Omit<New<Product>, 'brand'> & { brandName: string })[] = [
  { brandName: '花漾研究所', name: '极致修护面霜', sku: 'HY-CREAM-50', category: 'cosmetics', verticals: ['skincare'], priceYuan: 289 },
  { brandName: '花漾研究所', name: '玻尿酸保湿精华', sku: 'HY-SERUM-30', category: 'cosmetics', verticals: ['skincare'], priceYuan: 239 },
  { brandName: '花漾研究所', name: '轻透防晒乳 SPF50+', sku: 'HY-SUN-40', category: 'cosmetics', verticals: ['skincare', 'beauty'], priceYuan: 169 },
  { brandName: '花漾研究所', name: '丝绒雾面唇釉', sku: 'HY-LIP-07', category: 'cosmetics', verticals: ['beauty'], priceYuan: 129 },
  { brandName: '小禾萌宝', name: '有机米粉（高铁配方）', sku: 'XH-RICE-250', category: 'food', verticals: ['mother-baby', 'food'], priceYuan: 88 },
  { brandName: '小禾萌宝', name: '婴儿润肤霜', sku: 'XH-CREAM-100', category: 'mother-baby', verticals: ['mother-baby'], priceYuan: 99 },
  { brandName: '小禾萌宝', name: '超薄拉拉裤 L码', sku: 'XH-PANTS-L', category: 'mother-baby', verticals: ['mother-baby'], priceYuan: 139 },
]

export const DEMO_PERSONAS: New<Persona>[] = [
  { name: '一二线精致白领女性', gender: 'female', ageMin: 25, ageMax: 34, cityTiers: ['tier-1', 'new-tier-1'], interests: ['skincare', 'beauty', 'fashion'] },
  { name: '学生党平价美妆', gender: 'female', ageMin: 18, ageMax: 24, cityTiers: ['new-tier-1', 'tier-2', 'tier-3-below'], interests: ['beauty'] },
  { name: '新手宝妈', gender: 'female', ageMin: 25, ageMax: 39, cityTiers: ['tier-1', 'new-tier-1', 'tier-2'], interests: ['mother-baby', 'food', 'home'] },
]
