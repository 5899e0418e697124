import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'

import { number } from 'payload/shared'

import { DEFAULT_REWARD_POINTS } from '../src/ugc/rewards'
import { authenticated } from '../src/access/authenticated'
import { canManageCatalog } from '../src/access/canManageCatalog'
import { postingWindowProblems } from '../src/calendar/postingTimes'
import { languageOf } from '../src/i18n/localized'
import { isAdmin } from '../src/access/isAdmin'
import { CHANNEL_IDS, CHANNEL_RULES } from '../src/platforms/rules'
import { PRODUCT_CATEGORIES } from '../src/taxonomy/productCategories'
import { selectOptions } from '../src/taxonomy/options'

/**
 * Payload's own number checks, then this field's part of the window's rules (whole hours, the end
 * after the start), in the editor's language: each error on the field at fault.
 */
const hourValidation =
  (field: 'fromHour' | 'toHour'): NumberFieldSingleValidation =>
  async (value, options) => {
    const valid = await number(value, options)
    if (valid !== true || value == null) return valid
    const window = { ...(options.siblingData as { fromHour?: unknown; toHour?: unknown }), [field]: value }
    const problem = postingWindowProblems(window.fromHour, window.toHour).find((candidate) => candidate.field === field)
    return problem ? problem.message[languageOf(options.req?.i18n)] : true
  }

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
      name: 'postingWindows',
      type: 'array',
      label: { zh: '建议发布时段', en: 'Suggested posting times' },
      labels: { singular: { zh: '发布时段', en: 'Posting window' }, plural: { zh: '发布时段', en: 'Posting windows' } },
      admin: {
        description: {
          zh: '内容日历按这里为各渠道建议发布时间（北京时间，整点）；未设置的渠道使用平台默认时段',
          en: 'The content calendar suggests posting times per channel from these (Beijing time, whole hours); channels without any use the platform defaults',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'channel',
              type: 'select',
              required: true,
              label: { zh: '渠道', en: 'Channel' },
              options: CHANNEL_IDS.map((id) => ({ value: id, label: CHANNEL_RULES[id].label })),
            },
            {
              name: 'fromHour',
              type: 'number',
              required: true,
              min: 0,
              max: 23,
              label: { zh: '开始（时）', en: 'From (hour)' },
              validate: hourValidation('fromHour'),
            },
            {
              name: 'toHour',
              type: 'number',
              required: true,
              min: 1,
              max: 24,
              label: { zh: '结束（时）', en: 'To (hour)' },
              validate: hourValidation('toHour'),
            },
          ],
        },
      ],
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
