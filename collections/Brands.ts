import type { CollectionConfig } from 'payload'

import { DEFAULT_REWARD_POINTS } from '../src/ugc/rewards'
import { authenticated } from '../src/access/authenticated'
import { canManageCatalog } from '../src/access/canManageCatalog'
import { isAdmin } from '../src/access/isAdmin'
import { PRODUCT_CATEGORIES } from '../src/taxonomy/productCategories'
import { selectOptions } from '../src/taxonomy/options'

export const Brands: CollectionConfig<'brands'> = {
  slug: 'brands',
  labels: { singular: { zh: '品牌', en: 'Brand' }, plural: { zh: '品牌', en: 'Brands' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'nameEn', 'category'], group: { zh: '品牌与商品', en: 'Catalog' } },
  access: { read: authenticated, create: canManageCatalog, update: canManageCatalog, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: { zh: '品牌名', en: 'Name' }, required: true, unique: true },
    { name: 'nameEn', type: 'text', label: { zh: '英文名', en: 'English name' } },
    {
      name: 'category',
      type: 'select',
      label: { zh: '品类', en: 'Category' },
      required: true,
      options: selectOptions(PRODUCT_CATEGORIES),
      admin: {
        description: {
          zh: '决定合规检查范围：化妆品、食品、母婴不得宣称医疗功效',
          en: 'Decides the compliance checks: cosmetics, food and mother-and-baby products must not claim medical effects',
        },
      },
    },
    {
      name: 'protectedNames',
      type: 'text',
      hasMany: true,
      label: { zh: '专有名称', en: 'Protected names' },
      admin: {
        description: {
          zh: '含极限词但属于品牌或系列名称的词（如“极致修护”系列），合规扫描不会将其标记',
          en: 'Brand or line names that contain a restricted term (e.g. a “极致修护” line); the compliance scan leaves them alone',
        },
      },
    },
    {
      name: 'ugcReward',
      type: 'group',
      label: { zh: '用户投稿奖励', en: 'UGC reward' },
      admin: { description: { zh: '投稿通过（或精选）时发给作者一次', en: 'Given to the author once, when a submission is approved or featured' } },
      fields: [
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'points',
          options: [
            { value: 'points', label: { zh: '积分', en: 'Points' } },
            { value: 'coupon', label: { zh: '优惠券（从券码池发放）', en: 'Coupon (from the code pool)' } },
          ],
          label: { zh: '奖励方式', en: 'Kind' },
        },
        {
          name: 'points',
          type: 'number',
          min: 1,
          defaultValue: DEFAULT_REWARD_POINTS,
          label: { zh: '积分数', en: 'Points' },
          admin: { condition: (_, siblingData) => siblingData?.kind === 'points' },
        },
      ],
    },
  ],
}
